package org.postpartumback.browser;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postpartumback.layout.SiteMap;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader finds her way through the guide by clicking what she sees: an exercise card on the home page, the
 * pager's "Next:" link, the header navigation. On a phone and on a laptop, with JavaScript on and off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class BrowseTests {

	/** The smallest comfortable touch target (WCAG 2.5.5, Apple's and Android's guidance), in CSS pixels. */
	private static final double TOUCH_TARGET = 44;

	private final String origin;

	private final List<String> pages;

	private final MessageSource messages;

	BrowseTests(@LocalServerPort int port, SiteMap siteMap, MessageSource messages) {
		this.origin = "http://localhost:" + port;
		this.pages = siteMap.paths();
		this.messages = messages;
	}

	static Stream<Arguments> devicesWithAndWithoutJavaScript() {
		return Stream.of(Device.values())
			.flatMap(device -> Stream.of(Arguments.of(device, true), Arguments.of(device, false)));
	}

	@ParameterizedTest(name = "{0}, JavaScript {1}")
	@MethodSource("devicesWithAndWithoutJavaScript")
	void aReaderWalksFromHomeThroughTwoExercisesToCausesAndRelief(Device device, boolean javaScript) {
		List<String> exercises = this.pages.stream().filter(path -> path.startsWith("/exercises/")).toList();
		try (Tab tab = Tab.open(this.origin, device, options -> options.setJavaScriptEnabled(javaScript))) {
			Page page = tab.page();
			tab.visit("/");
			assertShowsDisclaimer(tab);

			Locator firstCard = page.locator(".card a").first();
			String firstExercise = firstCard.textContent().strip();
			follow(tab, firstCard, exercises.get(0));
			assertThat(heading(page)).isEqualTo(firstExercise);

			String nextLabel = message("exercise.next", "");
			Locator next = page.getByRole(AriaRole.LINK).filter(new Locator.FilterOptions().setHasText(nextLabel));
			String nextExercise = next.textContent().strip().substring(nextLabel.length());
			follow(tab, next, exercises.get(1));
			assertThat(heading(page)).isEqualTo(nextExercise);

			follow(tab, headerLink(page, "layout.nav.causes"), "/causes");
			follow(tab, headerLink(page, "layout.nav.relief"), "/relief");

			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void navigationAndPagerLinksAreComfortableTouchTargetsOnAPhone() {
		try (Tab tab = Tab.open(this.origin, Device.PHONE)) {
			for (String path : this.pages) {
				tab.visit(path);
				// the guided session's player sets the site header aside while it runs (it comes back at the end)
				List<Locator> links = tab.page().locator("header nav a, .pager a").all().stream()
					.filter(Locator::isVisible)
					.toList();
				if (!path.endsWith("/session")) {
					assertThat(links).as(path).isNotEmpty();
				}
				assertThat(links).allSatisfy(link -> {
					BoundingBox box = link.boundingBox();
					String where = "“" + link.innerText() + "” on " + path;
					assertThat(box.width).as("width of %s", where).isGreaterThanOrEqualTo(TOUCH_TARGET);
					assertThat(box.height).as("height of %s", where).isGreaterThanOrEqualTo(TOUCH_TARGET);
				});
			}
			assertThat(tab.problems()).isEmpty();
		}
	}

	/** Clicks the link as a person would, then checks where it led and that the disclaimer is there. */
	private void follow(Tab tab, Locator link, String expectedPath) {
		link.click();
		tab.page().waitForURL(tab.url(expectedPath));
		assertThat(tab.path()).isEqualTo(expectedPath);
		assertShowsDisclaimer(tab);
	}

	private Locator headerLink(Page page, String key) {
		return page.getByRole(AriaRole.BANNER)
			.getByRole(AriaRole.NAVIGATION, new Locator.GetByRoleOptions().setName(message("layout.nav.label")))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(message(key)).setExact(true));
	}

	private void assertShowsDisclaimer(Tab tab) {
		Locator disclaimer = tab.page().locator("footer .disclaimer");
		assertThat(disclaimer.isVisible()).as("disclaimer shown on %s", tab.path()).isTrue();
		assertThat(disclaimer.innerText()).as(tab.path())
			.contains(message("disclaimer.heading"))
			.contains(message("disclaimer.text"));
	}

	private static String heading(Page page) {
		return page.locator("h1").innerText().strip();
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

}
