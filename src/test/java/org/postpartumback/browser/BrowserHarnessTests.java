package org.postpartumback.browser;

import java.util.Map;

import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser checks catch what they look for: each test serves a small broken page (through the browser's request
 * interception, so no server and no network are involved) under a strict Content-Security-Policy like the app's,
 * and expects the problem to be reported. Without these, a check that silently saw nothing would pass forever.
 */
@ExtendWith(Chromium.class)
class BrowserHarnessTests {

	private static final String ORIGIN = "http://harness.test";

	private static final String STRICT_CSP = "default-src 'self'; object-src 'none'; base-uri 'none'";

	@Test
	void cspViolationsAreReportedUnderAStrictPolicy() {
		try (Tab tab = Tab.open(ORIGIN, Device.DESKTOP)) {
			serve(tab, Map.of("/", """
					<!DOCTYPE html><html lang="en"><title>Untouched</title>
					<p style="color: red">Inline style</p>
					<script>document.title = 'Inline script ran';</script>
					"""));
			tab.visit("/");

			assertThat(tab.page().title()).as("the inline script was blocked").isEqualTo("Untouched");
			assertThat(tab.problems()).filteredOn(problem -> problem.startsWith("Content-Security-Policy violation"))
				.anySatisfy(problem -> assertThat(problem).contains("script-src"))
				.anySatisfy(problem -> assertThat(problem).contains("style-src"));
		}
	}

	@Test
	void requestsToOtherOriginsAreReportedAndBlocked() {
		try (Tab tab = Tab.open(ORIGIN, Device.PHONE, options -> options.setJavaScriptEnabled(false))) {
			serve(tab, Map.of("/", """
					<!DOCTYPE html><html lang="en"><title>Tracker</title>
					<img src="http://tracker.test/pixel.gif" alt="">
					"""));
			tab.visit("/");

			assertThat(tab.problems()).contains("request to another origin: http://tracker.test/pixel.gif");
		}
	}

	@Test
	void consoleErrorsAndUncaughtScriptErrorsAreReported() {
		try (Tab tab = Tab.open(ORIGIN, Device.DESKTOP)) {
			serve(tab, Map.of("/", """
					<!DOCTYPE html><html lang="en"><title>Broken</title><script src="/broken.js"></script>
					""", "/broken.js", "console.error('logged on purpose'); throw new Error('thrown on purpose');"));
			tab.visit("/");

			assertThat(tab.problems()).anySatisfy(problem -> assertThat(problem).startsWith("console error on")
				.endsWith("logged on purpose"))
				.anySatisfy(problem -> assertThat(problem).startsWith("script error on").contains("thrown on purpose"));
		}
	}

	@Test
	void axeRunsUnderAStrictPolicyAndReportsViolations() {
		try (Tab tab = Tab.open(ORIGIN, Device.PHONE)) {
			serve(tab, Map.of("/", """
					<!DOCTYPE html><html lang="en"><title>No alt</title><main><img src="/photo.png"></main>
					"""));
			tab.visit("/");

			assertThat(Axe.violations(tab.page())).anySatisfy(violation -> assertThat(violation).startsWith("image-alt"));
		}
	}

	/** Answers the tab's requests from the given bodies (by path) with the strict policy; anything else is a 404. */
	private static void serve(Tab tab, Map<String, String> bodies) {
		tab.page().route(ORIGIN + "/**", route -> {
			String path = route.request().url().substring(ORIGIN.length());
			String body = bodies.get(path);
			route.fulfill(new Route.FulfillOptions().setStatus(body != null ? 200 : 404)
				.setContentType(path.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8")
				.setHeaders(Map.of("Content-Security-Policy", STRICT_CSP))
				.setBody(body != null ? body : ""));
		});
	}

}
