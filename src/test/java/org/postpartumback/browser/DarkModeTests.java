package org.postpartumback.browser;

import java.util.List;
import java.util.stream.Stream;

import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postpartumback.layout.SiteMap;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the phone set to dark mode ({@code prefers-color-scheme: dark}) every page switches to the dark palette and
 * its text stays readable. axe checks the contrast of every piece of text in both modes ({@link AccessibilityTests});
 * this checks that the dark palette is actually applied.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class DarkModeTests {

	/** WCAG AA for body text. */
	private static final double READABLE = 4.5;

	private final String origin;

	private final List<String> pages;

	DarkModeTests(@LocalServerPort int port, SiteMap siteMap) {
		this.origin = "http://localhost:" + port;
		this.pages = siteMap.paths();
	}

	@TestFactory
	Stream<DynamicTest> everyPageUsesTheDarkPaletteInDarkMode() {
		Tab light = Tab.open(this.origin, Device.PHONE, options -> options.setColorScheme(ColorScheme.LIGHT));
		Tab dark = Tab.open(this.origin, Device.PHONE, options -> options.setColorScheme(ColorScheme.DARK));
		return this.pages.stream().map(path -> DynamicTest.dynamicTest(path, () -> {
			light.visit(path);
			dark.visit(path);
			Rgb lightBackground = bodyColour(light, "backgroundColor");
			Rgb darkBackground = bodyColour(dark, "backgroundColor");
			Rgb darkText = bodyColour(dark, "color");

			assertThat(lightBackground.luminance()).as("light background %s", lightBackground).isGreaterThan(0.8);
			assertThat(darkBackground).isNotEqualTo(lightBackground);
			assertThat(darkBackground.luminance()).as("dark background %s", darkBackground).isLessThan(0.05);
			assertThat(darkText.contrastWith(darkBackground)).as("contrast of %s on %s", darkText, darkBackground)
				.isGreaterThanOrEqualTo(READABLE);
			assertThat(light.problems()).isEmpty();
			assertThat(dark.problems()).isEmpty();
		})).onClose(() -> {
			light.close();
			dark.close();
		});
	}

	private static Rgb bodyColour(Tab tab, String property) {
		return Rgb.parse((String) tab.page().evaluate("property => getComputedStyle(document.body)[property]", property));
	}

}
