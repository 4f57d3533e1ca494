package org.postpartumback.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postpartumback.PostpartumBackApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new release replaces everything the service worker keeps, at once. Two releases of the guide are started one
 * after the other on the same address (their pages differ: each has its own public base URL, so its own canonical
 * links); a reader's browser that kept the first gets the second's worker, which fetches the second's pages,
 * carries over the routines she opened, and deletes the first set before it takes over.
 */
@ExtendWith(Chromium.class)
class OfflineReleaseBrowserTests {

	private static final String OPENED = "/routine?e=banded-as&e=couch-stretch";

	@Test
	void aNewReleasesWorkerReplacesTheWholeKeptSet() throws IOException {
		int port = freePort();
		Tab tab;
		List<String> firstSet;
		try (ConfigurableApplicationContext first = start(port, "https://first.example", "release-one")) {
			tab = Tab.open("http://localhost:" + port, Device.PHONE, Tab.WITH_OFFLINE);
			tab.visit("/");
			OfflineBrowserTests.waitUntilAllIsKept(tab.page());
			tab.visit(OPENED);
			OfflineBrowserTests.waitUntilAllIsKept(tab.page());
			firstSet = names(tab.page().evaluate("caches.keys()"));
		}
		try (Tab reader = tab; ConfigurableApplicationContext second = start(port, "https://second.example", "release-two")) {
			Page page = reader.page();
			// The new worker is done once its activation (which deletes the old set) has finished.
			page.evaluate("""
					() => new Promise((activated, failed) => {
					    setTimeout(() => failed(new Error('no new worker took over')), 60000);
					    navigator.serviceWorker.addEventListener('controllerchange', () => {
					        const worker = navigator.serviceWorker.controller;
					        if (worker.state === 'activated') {
					            activated();
					        }
					        worker.addEventListener('statechange', () => worker.state === 'activated' && activated());
					    }, { once: true });
					    navigator.serviceWorker.getRegistration().then(registration => registration.update());
					})""");

			List<String> secondSet = names(page.evaluate("caches.keys()"));
			assertThat(firstSet).hasSize(1);
			assertThat(secondSet).hasSize(1).doesNotContainAnyElementsOf(firstSet);
			Object kept = page.evaluate("""
					async () => (await (await caches.open((await caches.keys())[0])).keys())
					    .map(request => new URL(request.url)).map(url => url.pathname + url.search)""");
			assertThat(names(kept)).contains("/", "/exercises", "/offline",
					"/routine/print", OPENED);

			reader.context().setOffline(true);
			for (String path : List.of("/", "/exercises/banded-as", OPENED)) {
				reader.visit(path);
				assertThat(page.locator("link[rel=canonical]").getAttribute("href")).as(path)
					.startsWith("https://second.example/");
			}
			assertThat(reader.problems()).isEmpty();
		}
	}

	private static List<String> names(Object list) {
		return ((List<?>) list).stream().map(String::valueOf).toList();
	}

	private static ConfigurableApplicationContext start(int port, String baseUrl, String database) {
		// Command-line arguments, as a deployment would pass them: they win over application.properties.
		return new SpringApplicationBuilder(PostpartumBackApplication.class).run("--server.port=" + port,
				"--site.base-url=" + baseUrl, "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
				"--spring.main.banner-mode=off");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
