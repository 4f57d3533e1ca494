package org.postpartumback.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
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

	/**
	 * Headless Chromium has no voices, so a stand-in has one English and one Spanish voice and records the words the
	 * page asks it to say, and in which language.
	 */
	private static final String SPEECH_SPY = """
			window.__spoken = []; window.__voices = [];
			const voices = [{ lang: 'en-US', name: 'English', localService: true, default: true, voiceURI: 'en' },
			    { lang: 'es-MX', name: 'Español', localService: true, default: false, voiceURI: 'es' }];
			if (!window.SpeechSynthesisUtterance) {
			  window.SpeechSynthesisUtterance = function (text) { this.text = text; };
			}
			if (!window.speechSynthesis) {
			  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {} });
			}
			window.speechSynthesis.getVoices = () => voices;
			window.speechSynthesis.cancel = () => {};
			window.speechSynthesis.speak = (utterance) => {
			  window.__spoken.push(utterance.text);
			  if (!window.__voices.includes(utterance.lang)) window.__voices.push(utterance.lang);
			};
			""";

	private static final long MINUTE = 60_000;

	private static final Path SCREENSHOTS = Path.of("target", "session");

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
	void doubleChinsRunsAllTenHoldsWithNoTapAfterStartAndAlwaysShowsWhichHold() {
		try (Tab tab = session("/routine/session?e=double-chins")) {
			Page page = tab.page();
			assertThat(rep(page)).isEqualTo("Hold 1 of 10");
			assertThat(page.locator("[data-session-pacing]").isVisible()).as("the rest is said to be the guide's pacing")
				.isTrue();
			// Time stands still but for runFor, so that a slow machine cannot shift the cycles.
			page.clock().pauseAt(System.currentTimeMillis() + 60_000);
			toggle(page).click();
			for (int hold = 1; hold <= 10; hold++) {
				assertThat(phase(page)).as("hold %d", hold).isEqualTo("Hold");
				assertThat(rep(page)).isEqualTo("Hold " + hold + " of 10");
				page.clock().runFor(2_000);
				if (hold < 10) {
					assertThat(phase(page)).as("after hold %d", hold).isEqualTo("Release");
					assertThat(rep(page)).as("the release keeps the hold's number").isEqualTo("Hold " + hold + " of 10");
					assertThat(clock(page)).isEqualTo("2");
					page.clock().runFor(2_000);
				}
			}
			assertThat(page.locator("[data-session-end]").isVisible()).isTrue();
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void theCountedBeatReachesTenByItselfAndPauseStopsIt() {
		try (Tab tab = session("/routine/session?r=heat&r=gentle-movement")) {
			Page page = tab.page();
			page.locator("[data-session-next]").click();
			assertThat(phase(page)).isEqualTo("10 times each movement");
			assertThat(page.locator("[data-session-beat]").textContent()).contains("One count every 3 seconds.");
			toggle(page).click();
			assertThat(phase(page)).isEqualTo("Twist to the left, then to the right: 1 of 10");
			page.clock().runFor(27_000);
			assertThat(phase(page)).isEqualTo("Twist to the left, then to the right: 10 of 10");
			assertThat(clock(page)).isEqualTo("10/10");

			page.clock().runFor(3_000);
			assertThat(phase(page)).isEqualTo("Round your upper back, then arch it: 1 of 10");
			assertThat(live(page)).isEqualTo(phase(page));
			toggle(page).click();
			page.clock().runFor(MINUTE);
			assertThat(phase(page)).as("paused").isEqualTo("Round your upper back, then arch it: 1 of 10");
			assertThat(live(page)).isEqualTo("Paused");
			toggle(page).click();
			page.clock().runFor(3_000);
			assertThat(phase(page)).isEqualTo("Round your upper back, then arch it: 2 of 10");
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void theBeatCanBeMadeSlowerOrFasterAndTheDeviceRemembersIt() {
		try (Tab tab = session("/routine/session?r=gentle-movement")) {
			Page page = tab.page();
			page.locator("[data-session-slower]").click();
			assertThat(page.locator("[data-session-beat]").textContent()).contains("One count every 4 seconds.");
			toggle(page).click();
			page.clock().runFor(8_000);
			assertThat(clock(page)).isEqualTo("3/10");
			page.locator("[data-session-faster]").click();
			page.locator("[data-session-faster]").click();
			assertThat(clock(page)).as("the count reached stays").isEqualTo("3/10");
			page.clock().runFor(2_500);
			assertThat(clock(page)).isEqualTo("4/10");

			tab.visit("/routine/session?r=gentle-movement");
			assertThat(page.locator("[data-session-beat]").textContent()).contains("One count every 2 seconds.");
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void voiceCoachingSaysStepNamesStopLinesHoldReleaseAndCountsInEnglish() {
		try (Tab tab = session("/routine/session?r=gentle-movement&e=double-chins", SPEECH_SPY)) {
			Page page = tab.page();
			assertThat(page.locator("[data-session-speech]").getAttribute("aria-pressed")).isEqualTo("false");
			page.locator("[data-session-speech]").click();
			toggle(page).click();
			page.clock().runFor(3_000);
			page.locator("[data-session-next]").click();
			toggle(page).click();
			page.clock().runFor(2_000);

			List<String> spoken = spoken(page);
			assertThat(spoken).startsWith("Gentle movement").contains("Twist to the left, then to the right. 1", "2",
					"Double chins", "Hold 1 of 10", "Release");
			assertThat(spoken).anyMatch(words -> words.startsWith("When to stop:"));
			assertThat(page.evaluate("window.__voices")).as("said in the page's language")
				.isEqualTo(List.of("en-US"));

			tab.visit("/routine/session?r=gentle-movement");
			assertThat(page.locator("[data-session-speech]").getAttribute("aria-pressed")).as("remembered on the device")
				.isEqualTo("true");
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void voiceCoachingSpeaksSpanishOnTheSpanishSession() {
		try (Tab tab = session("/es/rutina/sesion?r=movimiento-suave&e=menton-atras&e=enhebrar-la-aguja", SPEECH_SPY)) {
			Page page = tab.page();
			page.locator("[data-session-speech]").click();
			toggle(page).click();
			page.clock().runFor(3_000);
			page.locator("[data-session-next]").click();
			toggle(page).click();
			page.clock().runFor(2_000);
			page.clock().runFor(36_000);

			List<String> spoken = spoken(page);
			assertThat(spoken).startsWith("Movimiento suave").contains("2", "Mentón atrás", "Repetición 1 de 10",
					"Suelta", "Repetición 10 de 10", "Enhebrar la aguja");
			assertThat(spoken).anyMatch(words -> words.startsWith("Cuándo parar:"));
			page.locator("[data-session-next]").click();
			assertThat(spoken(page)).last().isEqualTo("Cambia de lado");
			assertThat(page.evaluate("window.__voices")).isEqualTo(List.of("es-MX"));
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void nothingIsSpokenWhileVoiceCoachingIsOff() {
		try (Tab tab = session("/routine/session?r=gentle-movement&e=double-chins", SPEECH_SPY)) {
			Page page = tab.page();
			toggle(page).click();
			page.clock().runFor(MINUTE);
			page.locator("[data-session-next]").click();
			toggle(page).click();
			page.clock().runFor(MINUTE);
			assertThat(page.locator("[data-session-end]").isVisible()).isTrue();
			assertThat(spoken(page)).isEmpty();

			page.locator("[data-session-prev]").click();
			page.locator("[data-session-speech]").click();
			page.locator("[data-session-speech]").click();
			toggle(page).click();
			page.clock().runFor(MINUTE);
			assertThat(spoken(page)).as("turned on and off again").isEmpty();
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void onAPhoneEveryStepShowsItsNameFigureAndInstructionAboveTheDockAndDoneSitsInTheDock() {
		try (Tab tab = session("/routine/session")) {
			Page page = tab.page();
			assertThat(page.locator(".site-header").isVisible()).as("nothing above the step").isFalse();
			assertThat(page.locator(".player-keys").isVisible()).as("no keyboard hint on a touch screen").isFalse();
			for (int screen = 0; screen < 9 && !page.locator("[data-session-end]").isVisible(); screen++) {
				String step = currentStep(page);
				double dockTop = box(page, ".player-dock").get("top");
				assertThat(box(page, ".session-step.is-current .session-step-name").get("top")).as(step).isGreaterThanOrEqualTo(0);
				assertThat(box(page, ".session-step.is-current .fig").get("bottom")).as("figure of " + step)
					.isLessThanOrEqualTo(dockTop);
				assertThat(box(page, ".session-step.is-current .session-instructions > li").get("bottom"))
					.as("instruction of " + step).isLessThanOrEqualTo(dockTop);
				page.locator("[data-session-next]").click();
			}
			assertThat(page.locator("[data-session-end]").isVisible()).isTrue();
			Map<String, Double> dock = box(page, ".player-dock");
			Map<String, Double> done = box(page, "[data-session-done]");
			assertThat(page.locator("[data-session-done]").isVisible()).isTrue();
			assertThat(done.get("top")).isGreaterThanOrEqualTo(dock.get("top"));
			assertThat(done.get("bottom")).isLessThanOrEqualTo(dock.get("bottom")).isLessThanOrEqualTo(844);
			assertThat(tab.problems()).isEmpty();
		}
	}

	/**
	 * A step, a hold in progress and the end screen on a phone, in light and dark and in both languages, saved under
	 * {@code target/session/} for anyone to look at.
	 */
	@ParameterizedTest
	@CsvSource({ "en,LIGHT", "en,DARK", "es,LIGHT", "es,DARK" })
	void aStepAHoldAndTheEndOnAPhoneAreSavedToLookAt(String language, ColorScheme scheme) {
		String path = "en".equals(language) ? "/routine/session?e=double-chins&e=couch-stretch"
				: "/es/rutina/sesion?e=menton-atras&e=estiramiento-en-el-sofa";
		try (Tab tab = Tab.open(this.origin, Device.PHONE, options -> options.setColorScheme(scheme))) {
			Page page = tab.page();
			page.clock().install();
			tab.visit(path);
			String name = language + "-" + scheme.name().toLowerCase(Locale.ROOT) + "-";
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "step.png")));
			toggle(page).click();
			page.clock().runFor(12_500);
			assertThat(rep(page)).endsWith("4 " + ("en".equals(language) ? "of" : "de") + " 10");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "hold.png")));
			page.locator("[data-session-next]").click();
			page.locator("[data-session-next]").click();
			assertThat(page.locator("[data-session-done]").isVisible()).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "end.png")));
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void theKeyboardHintShowsWhereThereIsAMouse() {
		try (Tab tab = Tab.open(this.origin, Device.DESKTOP)) {
			tab.visit("/routine/session");
			assertThat(tab.page().locator(".player-keys").isVisible()).isTrue();
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 320, 360, 390, 430 })
	void everyButtonFitsOnOneLineInBothLanguages(int width) {
		for (String path : List.of("/routine/session?r=gentle-movement&e=double-chins",
				"/es/rutina/sesion?r=movimiento-suave&e=menton-atras")) {
			try (Tab tab = Tab.open(this.origin, Device.PHONE, options -> options.setViewportSize(width, 844))) {
				Page page = tab.page();
				page.clock().install();
				tab.visit(path);
				List<String> screens = new ArrayList<>();
				for (int screen = 0; screen < 2; screen++) {
					screens.addAll(wrappedButtons(page));
					if (screen == 0) {
						toggle(page).click();
						screens.addAll(wrappedButtons(page));
					}
					page.locator("[data-session-next]").click();
				}
				assertThat(page.locator("[data-session-done]").isVisible()).isTrue();
				screens.addAll(wrappedButtons(page));
				assertThat(screens).as("%s at %d px", path, width).isEmpty();
				assertThat(tab.problems()).isEmpty();
			}
		}
	}

	@Test
	void heatAlertsBetweenTenAndFifteenMinutesAndStopsAtTwenty() {
		try (Tab tab = session("/routine/session?r=heat")) {
			Page page = tab.page();
			toggle(page).click();
			// The timer reads the clock, not its own ticks: jumping ahead, as a phone asleep in a pocket does, must
			// give the same phases as living every tick of twenty minutes (which the beat tests do).
			page.clock().fastForward(10 * MINUTE - 1_000);
			assertThat(phase(page)).isEqualTo("Timer running");

			page.clock().runFor(1_000);
			assertThat(phase(page)).isEqualTo("10 minutes: you can stop any time now");
			assertThat(live(page)).isEqualTo(phase(page));

			page.clock().fastForward(5 * MINUTE);
			assertThat(phase(page)).isEqualTo("15 minutes: time to finish");

			page.clock().fastForward(5 * MINUTE);
			assertThat(phase(page)).isEqualTo("20 minutes: stop now");
			assertThat(clock(page)).isEqualTo("20:00");
			assertThat(toggle(page).isDisabled()).isTrue();
			page.clock().fastForward(5 * MINUTE);
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
			page.clock().fastForward(2 * MINUTE);
			assertThat(phase(page)).isEqualTo("2 minutes: you can stop any time now");
			page.clock().fastForward(3 * MINUTE);
			assertThat(phase(page)).isEqualTo("5 minutes: stop now");
			page.clock().fastForward(MINUTE);
			assertThat(clock(page)).isEqualTo("5:00");
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void pauseStopsTime() {
		try (Tab tab = session("/routine/session?r=heat")) {
			Page page = tab.page();
			// Time stands still but when moved on, so that a slow machine cannot add a second.
			page.clock().pauseAt(System.currentTimeMillis() + 60_000);
			toggle(page).click();
			page.clock().fastForward(3 * MINUTE);
			toggle(page).click();
			assertThat(toggle(page).textContent()).isEqualTo("Resume");
			String paused = clock(page);
			assertThat(paused).isEqualTo("3:00");

			page.clock().fastForward(10 * MINUTE);
			assertThat(clock(page)).isEqualTo(paused);
			assertThat(live(page)).isEqualTo("Paused");

			toggle(page).click();
			page.clock().fastForward(MINUTE);
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
			page.clock().fastForward(4 * MINUTE);
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
			page.locator("[data-session-speech]").click();
			for (int step = 0; step < 9 && !page.locator("[data-session-end]").isVisible(); step++) {
				toggle(page).click();
				page.clock().runFor(MINUTE);
				if (!page.locator("[data-session-end]").isVisible()) {
					page.locator("[data-session-next]").click();
				}
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
		return session(path, "");
	}

	private Tab session(String path, String initScript) {
		Tab tab = Tab.open(this.origin, Device.PHONE);
		tab.page().addInitScript(RECORDING_WAKE_LOCK + initScript);
		tab.page().clock().install();
		tab.visit(path);
		assertThat(tab.page().locator("[data-session] .player-dock").isVisible()).isTrue();
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

	@SuppressWarnings("unchecked")
	private static List<String> spoken(Page page) {
		return (List<String>) page.evaluate("window.__spoken.slice()");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Double> box(Page page, String selector) {
		Map<String, Number> box = (Map<String, Number>) page.locator(selector).first()
			.evaluate("e => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; }");
		return Map.of("top", box.get("top").doubleValue(), "bottom", box.get("bottom").doubleValue());
	}

	/** The visible buttons whose words take more than one line, or stick out of the button. */
	@SuppressWarnings("unchecked")
	private static List<String> wrappedButtons(Page page) {
		return (List<String>) page.evaluate("""
				() => [...document.querySelectorAll('button')].filter(b => b.offsetParent !== null).filter(b => {
				  const range = document.createRange();
				  range.selectNodeContents(b);
				  const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
				  return lines.size > 1 || b.scrollWidth > b.clientWidth + 1;
				}).map(b => b.textContent.trim())""");
	}

	private static String rep(Page page) {
		return page.locator("[data-session-rep]").textContent();
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
