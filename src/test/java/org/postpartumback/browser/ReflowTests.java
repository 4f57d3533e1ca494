package org.postpartumback.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postpartumback.layout.SiteMap;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.2 reflow (SC 1.4.10) and text spacing (SC 1.4.12) on every page and the not-found page: nothing scrolls
 * sideways at 320 CSS pixels, and with the text-spacing overrides applied, no text is cut off by a box that hides
 * its overflow and still nothing scrolls sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class ReflowTests {

	/** The narrowest width SC 1.4.10 asks content to reflow to. */
	private static final int NARROW = 320;

	/** The user style of SC 1.4.12, applied by the test the way a reader's style sheet or bookmarklet would. */
	private static final String TEXT_SPACING = """
			* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
			p { margin-bottom: 2em !important; }
			""";

	/**
	 * How far the page scrolls sideways, or a docked ({@code position: fixed}) part such as the session's buttons runs
	 * past the screen's edge, where no scrolling can reach it.
	 */
	private static final String SIDEWAYS_SCROLL = """
			() => {
			  const width = document.documentElement.clientWidth;
			  const docked = Array.from(document.querySelectorAll('body *'))
			    .filter(element => getComputedStyle(element).position === 'fixed')
			    .flatMap(element => [element, ...element.querySelectorAll('*')])
			    .filter(element => element.getClientRects().length > 0)
			    .map(element => Math.ceil(element.getBoundingClientRect().right - width));
			  return Math.max(document.documentElement.scrollWidth - width, ...docked);
			}
			""";

	/** Elements with text whose content overflows a box that hides (or clips) its overflow. */
	private static final String CUT_OFF_TEXT = """
			() => Array.from(document.querySelectorAll('body *')).filter(element => {
			  const style = getComputedStyle(element);
			  const hides = [style.overflow, style.overflowX, style.overflowY].some(value => value === 'hidden' || value === 'clip');
			  if (!hides || !element.textContent.trim() || style.display === 'none' || element.getClientRects().length === 0) {
			    return false;
			  }
			  if (element.clientWidth <= 1 && element.clientHeight <= 1) {
			    return false; // text for screen readers only, hidden from sight on purpose
			  }
			  return element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1;
			}).map(element => element.tagName.toLowerCase() + (element.className ? '.' + element.className : '')
			    + ': ' + element.textContent.trim().slice(0, 60))
			""";

	private final String origin;

	private final List<String> pages;

	ReflowTests(@LocalServerPort int port, SiteMap siteMap) {
		this.origin = "http://localhost:" + port;
		this.pages = new ArrayList<>(siteMap.everyLanguage());
		this.pages.add("/no/such/page");
		this.pages.add("/es/no-existe");
	}

	@TestFactory
	Stream<DynamicTest> noPageScrollsSidewaysAt320CssPixels() {
		Tab tab = Tab.open(this.origin, Device.PHONE, options -> options.setViewportSize(NARROW, 640));
		return this.pages.stream().map(path -> DynamicTest.dynamicTest(path, () -> {
			tab.visit(path);
			assertThat(((Number) tab.page().evaluate(SIDEWAYS_SCROLL)).intValue()).as(path + ": sideways scroll in px")
				.isLessThanOrEqualTo(0);
			assertThat(tab.problems()).isEmpty();
		})).onClose(tab::close);
	}

	@TestFactory
	Stream<DynamicTest> noTextIsCutOffOrScrollsSidewaysWithTheTextSpacingOverrides() {
		// Playwright adds the user style as a <style> element, which the guide's CSP would rightly block.
		Tab tab = Tab.open(this.origin, Device.PHONE, options -> options.setViewportSize(NARROW, 640).setBypassCSP(true));
		return this.pages.stream().map(path -> DynamicTest.dynamicTest(path, () -> {
			tab.visit(path);
			tab.page().addStyleTag(new com.microsoft.playwright.Page.AddStyleTagOptions().setContent(TEXT_SPACING));
			assertThat((List<?>) tab.page().evaluate(CUT_OFF_TEXT)).as(path + ": text cut off").isEmpty();
			assertThat(((Number) tab.page().evaluate(SIDEWAYS_SCROLL)).intValue()).as(path + ": sideways scroll in px")
				.isLessThanOrEqualTo(0);
		})).onClose(tab::close);
	}

	@Test
	void theChecksCatchAPageThatIsTooWideAndTextThatIsCutOff() {
		try (Tab tab = Tab.open(this.origin, Device.PHONE,
				options -> options.setViewportSize(NARROW, 640).setBypassCSP(true))) {
			tab.visit("/about");
			tab.page().addStyleTag(new com.microsoft.playwright.Page.AddStyleTagOptions()
				.setContent("main { min-width: 600px; } .lead { height: 1.2em; overflow: hidden; }"));

			assertThat(((Number) tab.page().evaluate(SIDEWAYS_SCROLL)).intValue()).isGreaterThan(0);
			assertThat((List<?>) tab.page().evaluate(CUT_OFF_TEXT)).isNotEmpty();
		}
	}

}
