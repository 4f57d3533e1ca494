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
				int positions = tab.page().locator(".fig-frames > svg").count();
				assertThat(positions).as(path).isGreaterThanOrEqualTo(2);
				assertThat(animations(tab)).as(path).isEqualTo(positions);
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
	void thePrintoutShowsAStartAndAnEndPositionForEveryExercise() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		try (Tab tab = Tab.open(this.origin, Device.DESKTOP, options -> options.setViewportSize(794, 1123))) {
			tab.visit("/routine/print");
			tab.page().emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
			Locator pairs = tab.page().locator(".sheet-figs");
			assertThat(pairs.count()).isEqualTo(5);
			assertThat(pairs.first().locator("svg").count()).isEqualTo(2);
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
