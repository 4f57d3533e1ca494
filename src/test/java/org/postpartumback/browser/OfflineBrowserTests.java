package org.postpartumback.browser;

import org.postpartumback.language.Localized;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postpartumback.exercise.ExerciseView;
import org.postpartumback.exercise.Exercises;
import org.postpartumback.layout.SiteMap;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide as an app on the phone: installable, and readable with no connection after the first visit, in
 * Chromium. Going offline ({@code BrowserContext.setOffline}) reaches the service worker's own requests too, because
 * {@link Chromium} starts Playwright with its service-worker network support on; the page that was never opened
 * proves it, since only a worker that really has no network answers it with the offline page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class OfflineBrowserTests {

	private static final String NOTE = "[data-offline-note]";

	private final String origin;

	private final List<String> pages;

	private final List<ExerciseView> exercises;

	private final MessageSource messages;

	OfflineBrowserTests(@LocalServerPort int port, SiteMap siteMap, Localized<Exercises> exercises, MessageSource messages) {
		this.origin = "http://localhost:" + port;
		this.pages = siteMap.paths();
		this.exercises = exercises.original().all();
		this.messages = messages;
	}

	@Test
	void afterTheFirstVisitEveryPageAndEveryOpenedRoutineOpensWithoutAConnection() {
		try (Tab tab = Tab.open(this.origin, Device.PHONE, Tab.WITH_OFFLINE)) {
			Page page = tab.page();
			tab.visit("/");
			waitUntilAllIsKept(page);
			String opened = "/routine?e=" + this.exercises.get(0).slug() + "&e=" + this.exercises.get(2).slug();
			tab.visit(opened);
			waitUntilAllIsKept(page);
			tab.visit("/routine/print?e=" + this.exercises.get(1).slug());
			waitUntilAllIsKept(page);

			tab.context().setOffline(true);

			for (String path : this.pages) {
				Response response = tab.visit(path);
				assertThat(response.status()).as(path).isEqualTo(200);
				assertThat(response.fromServiceWorker()).as(path).isTrue();
				assertThat(page.locator("h1").textContent()).as(path).isNotEqualTo(message("offline.page.title"));
				assertThat(page.locator(".disclaimer").isVisible()).as(path).isTrue();
				assertThat(page.evaluate("getComputedStyle(document.body).backgroundColor")).as(path + " styled")
					.isNotEqualTo("rgba(0, 0, 0, 0)");
			}
			tab.visit(opened);
			assertThat(page.locator(".routine-step h2").allInnerTexts()).containsExactly(this.exercises.get(0).name(),
					this.exercises.get(2).name());
			tab.visit("/routine/print?e=" + this.exercises.get(1).slug());
			assertThat(page.locator(".sheet-step h2").allInnerTexts()).containsExactly(this.exercises.get(1).name());
			tab.visit("/exercises?utm_source=chat");
			assertThat(page.locator("h1").textContent()).isNotEqualTo(message("offline.page.title"));

			tab.visit("/routine?e=" + this.exercises.get(3).slug());
			assertThat(page.locator("h1").textContent()).isEqualTo(message("offline.page.title"));
			assertThat(page.locator(".disclaimer").isVisible()).isTrue();
			assertThat(page.locator("main a").evaluateAll("links => links.map(a => new URL(a.href).pathname)"))
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
				.containsAll(this.pages);
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void aSpanishReaderOfflineGetsTheSpanishPagesAndTheSpanishOfflinePage() {
		try (Tab tab = Tab.open(this.origin, Device.PHONE, Tab.WITH_OFFLINE)) {
			Page page = tab.page();
			tab.visit("/es/");
			waitUntilAllIsKept(page);

			tab.context().setOffline(true);

			Response kept = tab.visit("/es/ejercicios/a-con-banda");
			assertThat(kept.status()).isEqualTo(200);
			assertThat(kept.fromServiceWorker()).isTrue();
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("es");
			tab.visit("/es/rutina?e=menton-atras");
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("es");
			assertThat(page.locator("h1").textContent())
				.isEqualTo(this.messages.getMessage("offline.page.title", null, java.util.Locale.forLanguageTag("es")));
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void chromiumFindsNothingThatStopsTheGuideBeingInstalled(@TempDir Path profile) {
		try (BrowserContext browser = Chromium.persistentContext(profile, Device.PHONE)) {
			Page page = browser.pages().isEmpty() ? browser.newPage() : browser.pages().get(0);
			page.navigate(this.origin + "/");
			waitUntilAllIsKept(page);
			CDPSession devTools = browser.newCDPSession(page);

			JsonObject result = devTools.send("Page.getInstallabilityErrors");

			assertThat(result.getAsJsonArray("installabilityErrors")).as(result.toString()).isEmpty();
			JsonObject manifest = devTools.send("Page.getAppManifest");
			assertThat(manifest.getAsJsonArray("errors")).as(manifest.toString()).isEmpty();
		}
	}

	@Test
	void aFirstVisitStaysWithinFourRequestsAndThirtyKilobytesUntilTheLoadEvent() {
		try (Tab tab = Tab.open(this.origin, Device.PHONE, Tab.WITH_OFFLINE)) {
			List<Request> requests = new ArrayList<>();
			List<Request> untilLoad = new ArrayList<>();
			tab.page().onRequest(requests::add);
			tab.page().onLoad(page -> untilLoad.addAll(requests));
			tab.visit("/");

			long bytes = untilLoad.stream()
				.mapToLong(request -> request.sizes().responseBodySize + request.sizes().responseHeadersSize)
				.sum();
			System.out.printf("First load of /: %d requests, %d bytes (%s)%n", untilLoad.size(), bytes,
					untilLoad.stream().map(Request::url).toList());
			assertThat(untilLoad).hasSizeLessThanOrEqualTo(4);
			assertThat(bytes).isLessThanOrEqualTo(30 * 1024);
		}
	}

	@Test
	void withoutJavaScriptNoWorkerIsRegisteredAndTheNoteStaysHidden() {
		try (Tab tab = Tab.open(this.origin, Device.PHONE,
				Tab.WITH_OFFLINE.andThen(options -> options.setJavaScriptEnabled(false)))) {
			List<String> requested = new ArrayList<>();
			tab.context().onRequest(request -> requested.add(request.url()));
			tab.visit("/");

			assertThat(tab.page().locator(NOTE).isVisible()).isFalse();
			assertThat(requested).noneMatch(url -> url.endsWith("/sw.js"));
		}
	}

	static void waitUntilAllIsKept(Page page) {
		page.locator(NOTE).waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
			.setState(WaitForSelectorState.VISIBLE));
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

}
