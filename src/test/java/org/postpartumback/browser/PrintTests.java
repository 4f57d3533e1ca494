package org.postpartumback.browser;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postpartumback.browser.PrintedPdf.Paper;
import org.postpartumback.guide.SiteMap;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page prints (Chromium's own print to PDF, on A4 and US Letter) with the disclaimer and without the site
 * navigation, read back from the PDF's text. A new printable view gets its own test here, using
 * {@link PrintedPdf#print} for the PDF and {@link #navigationText} and {@link #disclaimer} for what must and must not
 * be on paper.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class PrintTests {

	private final String origin;

	private final List<String> pages;

	private final MessageSource messages;

	PrintTests(@LocalServerPort int port, SiteMap siteMap, MessageSource messages) {
		this.origin = "http://localhost:" + port;
		this.pages = siteMap.paths();
		this.messages = messages;
	}

	@TestFactory
	Stream<DynamicTest> everyPagePrintsWithTheDisclaimerAndWithoutTheNavigation() {
		Tab tab = Tab.open(this.origin, Device.DESKTOP);
		return this.pages.stream()
			.flatMap(path -> Stream.of(Paper.values())
				.map(paper -> DynamicTest.dynamicTest(path + " on " + paper, () -> {
					tab.visit(path);
					String navigation = navigationText(tab.page());
					PrintedPdf pdf = PrintedPdf.print(tab.page(), paper);

					assertThat(pdf.text()).contains(disclaimer()).doesNotContain(navigation);
					assertThat(tab.problems()).isEmpty();
				})))
			.onClose(tab::close);
	}

	@Test
	void theNavigationCheckFindsTheNavigationWhenPagesPrintWithScreenStyles() {
		try (Tab tab = Tab.open(this.origin, Device.DESKTOP)) {
			tab.visit("/");
			tab.page().emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

			assertThat(PrintedPdf.print(tab.page(), Paper.A4).text()).contains(navigationText(tab.page()));
		}
	}

	/**
	 * The header navigation's link texts in order, as one line ("Home Exercises Causes …"). The words may appear
	 * on a printed page on their own; the whole run only appears when the navigation is printed.
	 */
	static String navigationText(Page page) {
		return String.join(" ", page.locator("header nav a").allInnerTexts()).replaceAll("\\s+", " ").strip();
	}

	/** The disclaimer as it must appear on paper, white space made single spaces like {@link PrintedPdf#text()}. */
	String disclaimer() {
		return disclaimer(this.messages);
	}

	static String disclaimer(MessageSource messages) {
		return (messages.getMessage("disclaimer.heading", null, Locale.ENGLISH) + " "
				+ messages.getMessage("disclaimer.text", null, Locale.ENGLISH))
			.replaceAll("\\s+", " ");
	}

}
