package org.postpartumback.browser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guided session in Chromium, on Playwright's clock rather than real waiting: the timers follow the doses,
 * pause stops time, the screen stays on only while a timer runs, changes are announced, the day is ticked on the
 * device, nothing leaves the page, and every screen passes axe in light and dark.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class SessionBrowserTests {

	/**
	 * Headless Chromium may refuse a screen wake lock, so a stand-in records what the page asks for: "request" when
	 * it takes the lock and "release" when it lets it go.
	 */
	private static final String RECORDING_WAKE_LOCK = """
			window.__wake = [];
			Object.defineProperty(Navigator.prototype, 'wakeLock', { configurable: true, get: () => ({
			  request: () => { window.__wake.push('request'); return Promise.resolve({
			    release: () => { window.__wake.push('release'); return Promise.resolve(); },
			    addEventListener: () => {} }); } }) });
			""";

	private static final long MINUTE = 60_000;

	private final String origin;

	private final MessageSource messages;

	SessionBrowserTests(@LocalServerPort int port, MessageSource messages) {
		this.origin = "http://localhost:" + port;
		this.messages = messages;
	}

	@Test
	void aTempoStepTurnsEveryFiveSeconds() {
		try (Tab tab = session("/routine/session?e=banded-as")) {
			Page page = tab.page();
			toggle(page).click();
			assertThat(phase(page)).isEqualTo("Out");
			assertThat(live(page)).isEqualTo("Out");

			page.clock().runFor(5_000);
			assertThat(phase(page)).isEqualTo("Return");
			assertThat(live(page)).isEqualTo("Return");

			page.clock().runFor(5_000);
			assertThat(phase(page)).isEqualTo("Out");
			page.clock().runFor(4_000);
			assertThat(phase(page)).isEqualTo("Out");
			page.clock().runFor(1_000);
			assertThat(phase(page)).isEqualTo("Return");
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void aTwentyToThirtySecondHoldEndsAndMovesOn() {
		try (Tab tab = session("/routine/session?e=double-chins&e=thread-the-needle")) {
			Page page = tab.page();
			page.getByLabel("One hold of 20–30 seconds").check();
			toggle(page).click();
			assertThat(clock(page)).isEqualTo("30");

			page.clock().runFor(20_000);
			assertThat(phase(page)).startsWith("20 seconds reached");
			assertThat(currentStep(page)).isEqualTo("double-chins");

			page.clock().runFor(10_000);
			assertThat(currentStep(page)).isEqualTo("thread-the-needle");
			assertThat(live(page)).isEqualTo("Step 2 of 2: Thread the needle");
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void tenShortHoldsWaitForTheReaderBetweenHolds() {
		try (Tab tab = session("/routine/session?e=double-chins")) {
			Page page = tab.page();
			toggle(page).click();
			assertThat(phase(page)).isEqualTo("Hold 1 of 10");
			page.clock().runFor(2_000);
			assertThat(phase(page)).startsWith("Relax");
			page.clock().runFor(MINUTE);
			assertThat(phase(page)).as("no rest time is made up: the reader starts each hold").startsWith("Relax");
			toggle(page).click();
			assertThat(phase(page)).isEqualTo("Hold 2 of 10");
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void heatAlertsBetweenTenAndFifteenMinutesAndStopsAtTwenty() {
		try (Tab tab = session("/routine/session?r=heat")) {
			Page page = tab.page();
			toggle(page).click();
			page.clock().runFor(10 * MINUTE - 1_000);
			assertThat(phase(page)).isEqualTo("Timer running");

			page.clock().runFor(1_000);
			assertThat(phase(page)).isEqualTo("10 minutes: you can stop any time now");
			assertThat(live(page)).isEqualTo(phase(page));

			page.clock().runFor(5 * MINUTE);
			assertThat(phase(page)).isEqualTo("15 minutes: time to finish");

			page.clock().runFor(5 * MINUTE);
			assertThat(phase(page)).isEqualTo("20 minutes: stop now");
			assertThat(clock(page)).isEqualTo("20:00");
			assertThat(toggle(page).isDisabled()).isTrue();
			page.clock().runFor(5 * MINUTE);
			assertThat(clock(page)).as("the timer never runs past 20").isEqualTo("20:00");
			assertThat(wakeLock(page)).containsExactly("request", "release");
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void ballReleaseAlertsAtTwoMinutesAndStopsAtFive() {
		try (Tab tab = session("/routine/session?r=trigger-point-release")) {
			Page page = tab.page();
			assertThat(phase(page)).isEqualTo("2–5 minutes");
			toggle(page).click();
			page.clock().runFor(2 * MINUTE);
			assertThat(phase(page)).isEqualTo("2 minutes: you can stop any time now");
			page.clock().runFor(3 * MINUTE);
			assertThat(phase(page)).isEqualTo("5 minutes: stop now");
			page.clock().runFor(MINUTE);
			assertThat(clock(page)).isEqualTo("5:00");
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void gentleMovementCountsTenOfEachMovementWithItsDirectionsNamed() {
		try (Tab tab = session("/routine/session?r=heat&r=gentle-movement")) {
			Page page = tab.page();
			page.locator("[data-session-next]").click();
			assertThat(phase(page)).startsWith("Twist to the left, then to the right: 0 of 10");
			for (int i = 0; i < 10; i++) {
				toggle(page).click();
			}
			assertThat(phase(page)).isEqualTo("Round your upper back, then arch it: 0 of 10");
			assertThat(live(page)).isEqualTo(phase(page));
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void pauseStopsTime() {
		try (Tab tab = session("/routine/session?r=heat")) {
			Page page = tab.page();
			toggle(page).click();
			page.clock().runFor(3 * MINUTE);
			toggle(page).click();
			assertThat(toggle(page).textContent()).isEqualTo("Resume");
			String paused = clock(page);
			assertThat(paused).isEqualTo("3:00");

			page.clock().runFor(10 * MINUTE);
			assertThat(clock(page)).isEqualTo(paused);
			assertThat(live(page)).isEqualTo("Paused");

			toggle(page).click();
			page.clock().runFor(MINUTE);
			assertThat(clock(page)).isEqualTo("4:00");
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void theWakeLockIsTakenWhileATimerRunsAndReleasedOnPauseAndAtTheEnd() {
		try (Tab tab = session("/routine/session?e=banded-as")) {
			Page page = tab.page();
			assertThat(wakeLock(page)).isEmpty();
			toggle(page).click();
			assertThat(wakeLock(page)).containsExactly("request");
			toggle(page).click();
			assertThat(wakeLock(page)).containsExactly("request", "release");
			toggle(page).click();
			page.clock().runFor(12_000);
			assertThat(wakeLock(page)).containsExactly("request", "release", "request");

			page.locator("[data-session-next]").click();
			assertThat(page.locator("[data-session-end]").isVisible()).isTrue();
			assertThat(wakeLock(page)).containsExactly("request", "release", "request", "release");
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void theLiveRegionAnnouncesStepsAndSideSwitchesButNotEverySecond() {
		try (Tab tab = session("/routine/session")) {
			Page page = tab.page();
			Locator live = page.locator("[data-session-live]");
			assertThat(live.getAttribute("aria-live")).isEqualTo("polite");
			page.locator("[data-session-next]").click();
			assertThat(live(page)).isEqualTo("Step 2 of 7: Gentle movement");
			page.locator("[data-session-next]").click();
			page.locator("[data-session-next]").click();
			page.locator("[data-session-next]").click();
			assertThat(live(page)).isEqualTo("Step 5 of 7: Thread the needle");
			assertThat(page.locator(".session-step.is-current .session-stop").isVisible()).isTrue();
			page.locator("[data-session-next]").click();
			assertThat(live(page)).isEqualTo("Switch sides: Side 2 of 2");
			assertThat(currentStep(page)).isEqualTo("thread-the-needle");

			toggle(page).click();
			page.clock().runFor(3_000);
			assertThat(clock(page)).isEqualTo("0:03");
			assertThat(live(page)).as("the open stopwatch is not read out").isEqualTo(phase(page));
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void leavingAndComingBackResumesWhereItWas() {
		try (Tab tab = session("/routine/session")) {
			Page page = tab.page();
			toggle(page).click();
			page.clock().runFor(4 * MINUTE);
			tab.visit("/routine");
			tab.visit("/routine/session");

			assertThat(page.locator("[data-session-resumed]").isVisible()).isTrue();
			assertThat(currentStep(page)).isEqualTo("heat");
			assertThat(clock(page)).isEqualTo("4:00");
			assertThat(toggle(page).textContent()).isEqualTo("Resume");

			page.getByText(message("session.restart")).click();
			assertThat(clock(page)).isEqualTo("0:00");
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void doneForTodayTicksTodayAndTheRoutinePageShowsItUntilCleared() {
		try (Tab tab = session("/routine/session?e=couch-stretch")) {
			Page page = tab.page();
			page.locator("[data-session-next]").click();
			assertThat(page.locator("[data-session-end]").isVisible()).isTrue();
			assertThat(page.locator("[data-session-end]").textContent()).contains(message("session.done.private"));
			page.getByText(message("session.done")).click();
			String today = (String) page.evaluate("() => { const d = new Date(); return d.getFullYear() + '-'"
					+ " + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0'); }");
			assertThat(page.evaluate("localStorage.getItem('ppb-ticks')")).isEqualTo("[\"" + today + "\"]");
			assertThat(page.context().cookies()).isEmpty();

			tab.visit("/routine");
			assertThat(page.locator("[data-ticks]").isVisible()).isTrue();
			assertThat(page.locator(".tick-day").count()).isEqualTo(7);
			assertThat(page.locator(".tick-day.is-done").getAttribute("data-day")).isEqualTo(today);
			assertThat(page.locator(".tick-day").last().getAttribute("data-day")).isEqualTo(today);

			page.getByText(message("routine.ticks.clear")).click();
			assertThat(page.locator(".tick-day.is-done").count()).isZero();
			assertThat(page.evaluate("localStorage.getItem('ppb-ticks')")).isNull();
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void noRequestLeavesThePageDuringASession() {
		try (Tab tab = session("/routine/session")) {
			Page page = tab.page();
			List<String> requests = Collections.synchronizedList(new ArrayList<>());
			// The tab's icon is fetched by Chromium itself, when it chooses to; anything else would be the page's.
			page.onRequest(request -> {
				if (!request.url().contains("/favicon")) {
					requests.add(request.method() + " " + request.url());
				}
			});
			page.locator("[data-session-sound]").click();
			for (int step = 0; step < 8; step++) {
				toggle(page).click();
				page.clock().runFor(MINUTE);
				page.locator("[data-session-next]").click();
			}
			page.getByText(message("session.done")).click();

			assertThat(page.locator("[data-session-end]").isVisible()).isTrue();
			assertThat(requests).isEmpty();
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void theFirstLoadIsAtMostFourRequestsAndThirtyKilobytes() {
		try (Tab tab = Tab.open(this.origin, Device.PHONE)) {
			List<Request> requests = Collections.synchronizedList(new ArrayList<>());
			tab.page().onRequestFinished(requests::add);
			tab.visit("/routine/session");
			tab.page().waitForLoadState(LoadState.NETWORKIDLE);

			long bytes = requests.stream().mapToLong(request -> request.sizes().responseBodySize).sum();
			assertThat(requests).hasSizeLessThanOrEqualTo(4);
			assertThat(bytes).isLessThanOrEqualTo(30 * 1024);
		}
	}

	@Test
	void theWholeSessionWorksFromTheKeyboard() {
		try (Tab tab = session("/routine/session?e=banded-as&e=couch-stretch")) {
			Page page = tab.page();
			page.keyboard().press("Space");
			assertThat(toggle(page).textContent()).isEqualTo("Pause");
			page.keyboard().press("Space");
			assertThat(toggle(page).textContent()).isEqualTo("Resume");
			page.keyboard().press("ArrowRight");
			assertThat(currentStep(page)).isEqualTo("couch-stretch");
			page.keyboard().press("ArrowLeft");
			assertThat(currentStep(page)).isEqualTo("banded-as");

			for (int i = 0; i < 60 && !focused(page, "[data-session-next]"); i++) {
				page.keyboard().press("Tab");
			}
			assertThat(focused(page, "[data-session-next]")).as("Tab reaches Next").isTrue();
			page.keyboard().press("Enter");
			page.keyboard().press("Enter");
			assertThat(page.locator("[data-session-end]").isVisible()).isTrue();
			for (int i = 0; i < 20 && !focused(page, "[data-session-done]"); i++) {
				page.keyboard().press("Tab");
			}
			page.keyboard().press("Enter");
			assertThat(page.locator("[data-session-done-status]").textContent()).isEqualTo(message("session.done.saved"));
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void withoutJavaScriptEveryStepIsReadableInOneListAndNoDeadControlShows() {
		try (Tab tab = Tab.open(this.origin, Device.PHONE, options -> options.setJavaScriptEnabled(false))) {
			Page page = tab.page();
			tab.visit("/routine/session");

			assertThat(page.locator(".session-step").count()).isEqualTo(7);
			assertThat(page.locator(".session-step .session-stop").all()).allSatisfy(stop -> assertThat(stop.isVisible()).isTrue());
			assertThat(page.locator("[data-session]").isVisible()).isFalse();
			assertThat(page.locator("[data-session-end]").isVisible()).isFalse();
			assertThat(page.locator("footer .disclaimer").isVisible()).isTrue();
		}
	}

	@ParameterizedTest
	@EnumSource(value = ColorScheme.class, names = { "LIGHT", "DARK" })
	void everySessionScreenPassesAxe(ColorScheme scheme) {
		try (Tab tab = Tab.open(this.origin, Device.PHONE, options -> options.setColorScheme(scheme))) {
			Page page = tab.page();
			page.clock().install();
			tab.visit("/routine/session?r=heat&r=gentle-movement&e=banded-as&e=double-chins&e=thread-the-needle"
					+ "&e=thoracic-roll-out&e=couch-stretch");
			List<String> screens = new ArrayList<>();
			for (int screen = 0; screen < 9; screen++) {
				screens.add(page.locator("[data-session-phase]").textContent());
				assertThat(Axe.violations(page)).as("screen %d in %s", screen, scheme).isEmpty();
				if (page.locator("[data-session-end]").isVisible()) {
					break;
				}
				if (screen == 2) {
					toggle(page).click();
					page.clock().runFor(2_500);
					assertThat(Axe.violations(page)).as("a running tempo in %s", scheme).isEmpty();
				}
				page.locator("[data-session-next]").click();
			}
			assertThat(page.locator("[data-session-end]").isVisible()).isTrue();
			page.getByText(message("session.done")).click();
			assertThat(Axe.violations(page)).as("the end screen in %s", scheme).isEmpty();
			tab.visit("/routine");
			assertThat(Axe.violations(page)).as("the routine page with its ticks in %s", scheme).isEmpty();
			assertThat(tab.problems()).isEmpty();
		}
	}

	/** A phone tab on Playwright's clock, with the recording wake lock, showing the given session. */
	private Tab session(String path) {
		Tab tab = Tab.open(this.origin, Device.PHONE);
		tab.page().addInitScript(RECORDING_WAKE_LOCK);
		tab.page().clock().install();
		tab.visit(path);
		assertThat(tab.page().locator("[data-session]").isVisible()).isTrue();
		return tab;
	}

	private static Locator toggle(Page page) {
		return page.locator("[data-session-toggle]");
	}

	private static String phase(Page page) {
		return page.locator("[data-session-phase]").textContent();
	}

	private static String clock(Page page) {
		return page.locator("[data-session-clock]").textContent();
	}

	private static String live(Page page) {
		return page.locator("[data-session-live]").textContent().strip();
	}

	private static String currentStep(Page page) {
		return page.locator(".session-step.is-current").getAttribute("data-slug");
	}

	@SuppressWarnings("unchecked")
	private static List<String> wakeLock(Page page) {
		return (List<String>) page.evaluate("window.__wake.slice()");
	}

	private static boolean focused(Page page, String selector) {
		return (Boolean) page.evaluate("s => document.activeElement.matches(s)", selector);
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

}
