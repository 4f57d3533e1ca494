package org.postpartumback.browser;

import java.util.List;
import java.util.stream.Stream;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postpartumback.layout.SiteMap;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, and the not-found page, in light and dark mode on a phone: no axe-core violation of WCAG 2.0, 2.1
 * and 2.2 level A and AA, and nothing a page must never do (console errors, CSP violations, requests to other
 * origins). Pages come from the site map, so a new page is checked without changing this class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class AccessibilityTests {

	private static final String NOT_FOUND = "/no/such/page";

	private static final String SPANISH_NOT_FOUND = "/es/no-existe";

	/** Pages outside the site map: the page the service worker shows offline for an address it does not have. */
	private static final List<String> OTHER_PAGES = List.of("/offline");

	private final String origin;

	private final List<String> pages;

	AccessibilityTests(@LocalServerPort int port, SiteMap siteMap) {
		this.origin = "http://localhost:" + port;
		this.pages = Stream.concat(siteMap.everyLanguage().stream(), OTHER_PAGES.stream()).toList();
	}

	@TestFactory
	Stream<DynamicTest> everyPageMeetsWcagAaInLightAndDarkMode() {
		Tab light = Tab.open(this.origin, Device.PHONE, options -> options.setColorScheme(ColorScheme.LIGHT));
		Tab dark = Tab.open(this.origin, Device.PHONE, options -> options.setColorScheme(ColorScheme.DARK));
		return Stream.of(light, dark)
			.flatMap(tab -> Stream.concat(this.pages.stream(), Stream.of(NOT_FOUND, SPANISH_NOT_FOUND)).map(path -> DynamicTest
				.dynamicTest(path + (tab == light ? " light" : " dark"), () -> {
					Response response = tab.visit(path);
					assertThat(response.status()).isEqualTo(path.equals(NOT_FOUND) || path.equals(SPANISH_NOT_FOUND) ? 404 : 200);

					assertThat(Axe.violations(tab.page())).as(path).isEmpty();
					assertThat(tab.problems()).as(path).isEmpty();
				})))
			.onClose(() -> {
				light.close();
				dark.close();
			});
	}

}
