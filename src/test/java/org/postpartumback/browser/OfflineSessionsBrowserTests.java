package org.postpartumback.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postpartumback.PostpartumBackApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every "Do it with me" opens with the server gone, after one visit to the home page: the service worker keeps the
 * guided session of every exercise, every relief technique and every ready-made routine, in both languages. The
 * server is really stopped (an app of this test's own, closed), since going offline in the browser does not prove
 * what a worker keeps.
 */
@ExtendWith(Chromium.class)
class OfflineSessionsBrowserTests {

	private static final String DO_IT_WITH_ME = "a[href*='/routine/session'], a[href*='/rutina/sesion']";

	@Test
	void afterOneVisitToTheHomePageEveryDoItWithMeOpensWithTheServerStopped() throws IOException {
		int port = freePort();
		String origin = "http://localhost:" + port;
		Tab reader;
		Set<String> targets = new LinkedHashSet<>();
		try (ConfigurableApplicationContext app = start(port)) {
			try (Tab collector = Tab.open(origin, Device.PHONE, Tab.WITH_OFFLINE)) {
				for (String start : List.of("/routine", "/relief", "/exercises", "/es/rutina", "/es/alivio",
						"/es/ejercicios")) {
					collector.visit(start);
					List<String> pages = new ArrayList<>(List.of(start));
					pages.addAll(paths(collector.page(), "main .card h3 a"));
					for (String path : pages) {
						collector.visit(path);
						targets.addAll(paths(collector.page(), DO_IT_WITH_ME));
					}
				}
			}
			reader = Tab.open(origin, Device.PHONE, Tab.WITH_OFFLINE);
			reader.visit("/");
			OfflineBrowserTests.waitUntilAllIsKept(reader.page());
		}
		try (Tab tab = reader) {
			Page page = tab.page();
			assertThat(targets).as("exercises, relief techniques and ready-made routines in both languages")
				.hasSizeGreaterThanOrEqualTo(20)
				.contains("/routine/session?e=double-chins", "/es/rutina/sesion?r=calor");
			for (String target : targets) {
				Response response = tab.visit(target);
				assertThat(response.status()).as(target).isEqualTo(200);
				assertThat(response.fromServiceWorker()).as(target).isTrue();
				assertThat(page.locator(".session-step").count()).as(target).isPositive();
				assertThat(page.locator(".player-dock").isVisible()).as(target + " plays").isTrue();
				assertThat(page.locator("html").getAttribute("lang")).as(target)
					.isEqualTo(target.startsWith("/es/") ? "es" : "en");
			}
			assertThat(tab.problems()).isEmpty();
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> paths(Page page, String selector) {
		List<String> hrefs = (List<String>) page.locator(selector).evaluateAll("links => links.map(a => a.href)");
		return hrefs.stream().map(URI::create).map(uri -> uri.getRawPath()
				+ (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "")).distinct().toList();
	}

	private static ConfigurableApplicationContext start(int port) {
		return new SpringApplicationBuilder(PostpartumBackApplication.class).run("--server.port=" + port,
				"--spring.datasource.url=jdbc:h2:mem:offline-sessions;DB_CLOSE_DELAY=-1",
				"--spring.main.banner-mode=off");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
