package org.postpartumback.browser;

import org.postpartumback.language.Localized;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postpartumback.exercise.ExerciseView;
import org.postpartumback.exercise.Exercises;
import org.postpartumback.language.Addresses;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone, every exercise page (in every language) and the relief page show what to feel, when to stop and the
 * "Stop and get help if…" line on the first screen, before the steps, and that line leads to the full list of
 * warning signs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class SafetyBrowserTests {

	/** The height of the phone's screen in CSS pixels ({@link Device#PHONE}). */
	private static final double FIRST_SCREEN = 844;

	/** How much of the figure must show on the first screen, at least. */
	private static final double FIGURE_PEEK = 20;

	private final String origin;

	private final List<String> exercisePages;

	/** Every exercise page in every language: the Spanish texts are longer, and the figure must still start on screen. */
	private final List<String> exercisePagesInEveryLanguage;

	SafetyBrowserTests(@LocalServerPort int port, Localized<Exercises> exercises, Addresses addresses) {
		this.origin = "http://localhost:" + port;
		this.exercisePages = exercises.original().all().stream().map(ExerciseView::path).toList();
		this.exercisePagesInEveryLanguage = this.exercisePages.stream()
			.flatMap(path -> addresses.inEveryLanguage(path).stream())
			.toList();
	}

	@Test
	void everyExercisePageShowsWhatToFeelWhenToStopAndTheStopLineOnTheFirstScreenBeforeTheSteps() {
		try (Tab tab = Tab.open(this.origin, Device.PHONE)) {
			assertThat(this.exercisePagesInEveryLanguage).hasSizeGreaterThan(this.exercisePages.size())
				.anyMatch(path -> path.startsWith("/es/"))
				.allSatisfy(path -> {
				tab.visit(path);
				BoundingBox stopLine = box(tab, ".dose-box .stop-line", path);
				assertThat(bottom(box(tab, ".dose-box .feel-line", path))).as(path + ": what to feel").isLessThanOrEqualTo(FIRST_SCREEN);
				assertThat(bottom(box(tab, ".dose-box .when-stop-line", path))).as(path + ": when to stop").isLessThanOrEqualTo(FIRST_SCREEN);
				assertThat(bottom(stopLine)).as(path + ": the stop line").isLessThanOrEqualTo(FIRST_SCREEN);
				assertThat(stopLine.y).as(path + ": the stop line before the steps").isLessThan(box(tab, "ol.steps", path).y);
				// The drawing starts on the first screen too (at least its first few pixels show), after the stop line.
				BoundingBox figure = box(tab, "figure.fig", path);
				assertThat(figure.y).as(path + ": the top of the figure").isLessThanOrEqualTo(FIRST_SCREEN - FIGURE_PEEK)
					.isGreaterThan(stopLine.y);
			});
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void theReliefPageShowsTheStopLineOnTheFirstScreenBeforeAnyStepsAndEachTechniqueSaysWhenToStop() {
		try (Tab tab = Tab.open(this.origin, Device.PHONE)) {
			tab.visit("/relief");
			BoundingBox stopLine = box(tab, ".stop-line", "/relief");
			assertThat(bottom(stopLine)).isLessThanOrEqualTo(FIRST_SCREEN);
			assertThat(stopLine.y).isLessThan(box(tab, "ol.steps", "/relief").y);
			Locator techniques = tab.page().locator("#at-home ~ .technique");
			assertThat(techniques.count()).isGreaterThanOrEqualTo(3);
			for (int i = 0; i < techniques.count(); i++) {
				Locator technique = techniques.nth(i);
				double stop = technique.locator(".when-stop-line").boundingBox().y;
				assertThat(technique.locator(".feel-line").count()).isEqualTo(1);
				assertThat(stop).as("technique " + (i + 1)).isLessThan(technique.locator("ol.steps").boundingBox().y);
			}
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void theStopLineLeadsToTheFullListOfWarningSigns() {
		List<String> pages = new ArrayList<>(this.exercisePages);
		pages.add("/relief");
		try (Tab tab = Tab.open(this.origin, Device.PHONE)) {
			assertThat(pages).allSatisfy(path -> {
				tab.visit(path);
				tab.page().locator(".stop-line a").first().click();
				tab.page().waitForURL("**/when-to-get-help");
				assertThat(tab.page().locator("h1").textContent()).as(path).isEqualTo("When to get help");
				assertThat(tab.page().locator(".help-level h2").allTextContents()).as(path).hasSize(3);
			});
			assertThat(tab.problems()).isEmpty();
		}
	}

	private static BoundingBox box(Tab tab, String selector, String path) {
		BoundingBox box = tab.page().locator(selector).first().boundingBox();
		assertThat(box).as(path + ": " + selector + " is shown").isNotNull();
		return box;
	}

	private static double bottom(BoundingBox box) {
		return box.y + box.height;
	}

}
