package org.postpartumback.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drawn figures in Chromium: they loop without JavaScript, stand still and side by side when the reader asks for
 * reduced motion, and each is saved as a PNG under {@code target/figures/} in light and dark, so that anyone can look
 * at all of them at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class FigureBrowserTests {

	private static final List<String> PAGES = List.of("/exercises/banded-as", "/exercises/double-chins",
			"/exercises/thread-the-needle", "/exercises/thoracic-roll-out", "/exercises/couch-stretch", "/relief");

	private static final Path SCREENSHOTS = Path.of("target", "figures");

	private final String origin;

	FigureBrowserTests(@LocalServerPort int port) {
		this.origin = "http://localhost:" + port;
	}

	@Test
	void everyFigureLoopsThroughItsPositionsWithoutJavaScript() {
		try (Tab tab = Tab.open(this.origin, Device.PHONE, options -> options.setJavaScriptEnabled(false))) {
			for (String path : PAGES) {
				tab.visit(path);
				// A strip of small figures (one per movement) shows each movement in itself and stands still.
				int positions = tab.page().locator("figure.fig:not(.fig-strip) .fig-frames > svg").count();
				assertThat(positions).as(path).isGreaterThanOrEqualTo(2);
				assertThat(animations(tab)).as(path).isEqualTo(positions);
			}
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void noMomentOfTheLoopShowsTwoSolidBodiesAtOnce() {
		try (Tab tab = Tab.open(this.origin, Device.PHONE, options -> options.setJavaScriptEnabled(false))) {
			for (String path : PAGES) {
				tab.visit(path);
				// Every animation paused at the same moment of its loop, at 48 moments: each figure shows one position,
				// fully, and nothing of the others.
				@SuppressWarnings("unchecked")
				List<String> moments = (List<String>) tab.page().evaluate("""
						() => {
						  const seen = [];
						  const animations = document.getAnimations();
						  animations.forEach(a => a.pause());
						  for (let step = 0; step < 48; step++) {
						    for (const a of animations) {
						      const timing = a.effect.getComputedTiming();
						      a.currentTime = (step + 0.5) / 48 * timing.duration;
						    }
						    for (const f of document.querySelectorAll('figure.fig:not(.fig-strip)')) {
						      const shown = [...f.querySelectorAll('.fig-frames > svg')]
						        .map(s => Number(getComputedStyle(s).opacity));
						      seen.push(shown.filter(o => o > 0.01).length + ':' + shown.filter(o => o > 0.99).length);
						    }
						  }
						  return seen;
						}""");
				assertThat(moments).as(path).isNotEmpty().containsOnly("1:1");
			}
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void withReducedMotionNothingMovesAndThePositionsStandSideBySide() {
		try (Tab tab = Tab.open(this.origin, Device.PHONE, options -> options.setReducedMotion(ReducedMotion.REDUCE))) {
			for (String path : PAGES) {
				tab.visit(path);
				assertThat(animations(tab)).as(path).isZero();
				Locator figures = tab.page().locator("figure.fig");
				for (int i = 0; i < figures.count(); i++) {
					Locator frames = figures.nth(i).locator(".fig-frames > svg");
					double previousRight = -1;
					for (int j = 0; j < frames.count(); j++) {
						var box = frames.nth(j).boundingBox();
						assertThat(box.x).as("%s figure %d position %d", path, i, j).isGreaterThanOrEqualTo(previousRight);
						assertThat(box.width).isGreaterThan(60);
						previousRight = box.x + box.width;
					}
				}
			}
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void savesEveryIllustrationAsAPictureInLightAndDark() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		List<Path> saved = new ArrayList<>();
		for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
			String suffix = scheme.name().toLowerCase();
			try (Tab tab = Tab.open(this.origin, Device.PHONE,
					options -> options.setColorScheme(scheme).setReducedMotion(ReducedMotion.REDUCE))) {
				for (String path : PAGES) {
					tab.visit(path);
					Locator figures = tab.page().locator("figure.fig");
					for (int i = 0; i < figures.count(); i++) {
						String name = path.substring(path.lastIndexOf('/') + 1) + (figures.count() > 1 ? "-" + (i + 1) : "");
						Path file = SCREENSHOTS.resolve(name + "-" + suffix + ".png");
						figures.nth(i).screenshot(new Locator.ScreenshotOptions().setPath(file));
						saved.add(file);
					}
				}
				tab.visit("/");
				Path cards = SCREENSHOTS.resolve("home-cards-" + suffix + ".png");
				tab.page().locator(".cards").first().screenshot(new Locator.ScreenshotOptions().setPath(cards));
				saved.add(cards);
				assertThat(tab.problems()).isEmpty();
			}
		}
		assertThat(saved).hasSize(2 * (5 + 3 + 1)).allSatisfy(file -> assertThat(Files.size(file)).isGreaterThan(2000));
	}

	@Test
	void thePrintoutShowsTheWholeMovementOfEveryExerciseAtLeast20MillimetresHigh() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		try (Tab tab = Tab.open(this.origin, Device.DESKTOP, options -> options.setViewportSize(794, 1123))) {
			tab.visit("/routine/print");
			tab.page().emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
			Locator pairs = tab.page().locator(".sheet-figs");
			assertThat(pairs.count()).isEqualTo(5);
			for (int i = 0; i < pairs.count(); i++) {
				// One picture of the whole movement (the end over the faint start), at least 20 mm high on paper.
				Locator svg = pairs.nth(i).locator("svg");
				assertThat(svg.count()).isEqualTo(1);
				assertThat(svg.innerHTML()).contains("class=\"go\"").contains("class=\"fa\"");
				assertThat(svg.boundingBox().height).as("exercise %d", i + 1).isGreaterThanOrEqualTo(20 / 25.4 * 96 - 0.5);
			}
			Path file = SCREENSHOTS.resolve("routine-print.png");
			tab.page().screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
			assertThat(Files.size(file)).isGreaterThan(2000);
			assertThat(tab.problems()).isEmpty();
		}
	}

	private static int animations(Tab tab) {
		return ((Number) tab.page().evaluate("document.getAnimations().length")).intValue();
	}

}
