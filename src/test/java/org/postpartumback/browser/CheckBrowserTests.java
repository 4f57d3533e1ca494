package org.postpartumback.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Before you start" in Chromium on a phone: with JavaScript the rules run in the page and nothing is sent (no
 * request carries an answer, the address does not change, no cookie); "remember" keeps only what it says on this
 * device, "forget" removes it, and the offers elsewhere shrink to a link. Without JavaScript the same answers come
 * back from the server. Screenshots of the plan and a red flag, light and dark, both languages: target/check/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith({ Chromium.class, OutputCaptureExtension.class })
class CheckBrowserTests {

	private final String origin;

	CheckBrowserTests(@LocalServerPort int port) {
		this.origin = "http://localhost:" + port;
	}

	@ParameterizedTest
	@CsvSource({ "/before-you-start, true", "/es/antes-de-empezar, true", "/before-you-start, false",
			"/es/antes-de-empezar, false" })
	void aCaesareanAtThreeWeeksGetsNoFloorWorkOrRollerWithoutAskFirst(String path, boolean javaScript) {
		try (Tab tab = Tab.open(origin, Device.PHONE, options -> options.setJavaScriptEnabled(javaScript))) {
			List<String> sent = record(tab);
			Page page = tab.page();
			tab.visit(path);
			page.check("#when-2-6w");
			page.check("#how-caesarean");
			page.check("#checked-no");
			submit(page);
			assertThat(shown(page, "NOW")).containsExactly("gentle-movement");
			assertThat(shown(page, "ASK")).contains("thread-the-needle", "heat", "banded-as");
			assertThat(shown(page, "LATER")).containsExactly("thoracic-roll-out");
			assertThat(page.locator("[data-check-level]:visible").count()).isZero();
			assertThat(page.locator("[data-check-link=session]").getAttribute("href"))
				.endsWith(path.startsWith("/es") ? "/es/rutina/sesion?r=movimiento-suave" : "/routine/session?r=gentle-movement");
			assertPrivate(tab, path, sent, javaScript);
			assertThat(tab.problems()).isEmpty();
		}
	}

	@ParameterizedTest
	@CsvSource({ "/before-you-start, true", "/es/antes-de-empezar, true", "/before-you-start, false",
			"/es/antes-de-empezar, false" })
	void fourMonthsAfterAVaginalBirthWithNoFlagsGetsTheFullRoutine(String path, boolean javaScript) {
		try (Tab tab = Tab.open(origin, Device.PHONE, options -> options.setJavaScriptEnabled(javaScript))) {
			List<String> sent = record(tab);
			Page page = tab.page();
			tab.visit(path);
			page.check("#when-3-12m");
			page.check("#how-vaginal");
			page.check("#checked-yes");
			submit(page);
			assertThat(shown(page, "NOW")).containsExactly("heat", "gentle-movement", "trigger-point-release",
					"banded-as", "double-chins", "thread-the-needle", "thoracic-roll-out", "couch-stretch");
			assertThat(shown(page, "ASK")).isEmpty();
			assertThat(shown(page, "LATER")).isEmpty();
			String routine = page.locator("[data-check-link=routine]").getAttribute("href");
			assertThat(routine).endsWith(path.startsWith("/es")
					? "/es/rutina?r=calor&r=movimiento-suave&r=liberacion-con-pelota&e=a-con-banda&e=menton-atras&e=enhebrar-la-aguja&e=rodillo-espalda-alta&e=estiramiento-en-el-sofa"
					: "/routine?r=heat&r=gentle-movement&r=trigger-point-release&e=banded-as&e=double-chins&e=thread-the-needle&e=thoracic-roll-out&e=couch-stretch");
			assertPrivate(tab, path, sent, javaScript);
			page.locator("[data-check-link=session]").click();
			page.waitForURL(url -> url.contains(path.startsWith("/es") ? "/es/rutina/sesion?" : "/routine/session?"));
			assertThat(page.locator("#step-8").count()).isEqualTo(1);
			assertThat(page.locator("#step-9").count()).isZero();
			assertThat(tab.problems()).isEmpty();
		}
	}

	@ParameterizedTest
	@CsvSource({ "chest, EMERGENCY, true", "fever, URGENT, true", "night, APPOINTMENT, true", "harm, EMERGENCY, false",
			"wound, URGENT, false", "cancer, APPOINTMENT, false" })
	void aRedFlagLeadsStraightToItsLevelAndNoPlan(String flag, String level, boolean javaScript) {
		for (String path : List.of("/before-you-start", "/es/antes-de-empezar")) {
			try (Tab tab = Tab.open(origin, Device.PHONE, options -> options.setJavaScriptEnabled(javaScript))) {
				Page page = tab.page();
				tab.visit(path);
				page.check("#when-3-12m");
				page.check("#flag-" + flag);
				submit(page);
				Locator shown = page.locator("[data-check-level]:visible");
				assertThat(shown.count()).isEqualTo(1);
				assertThat(shown.getAttribute("data-check-level")).isEqualTo(level);
				assertThat(shown.locator("a[href='tel:112']").isVisible()).isTrue();
				assertThat(shown.locator("a[href*='#" + level.toLowerCase() + "']").count()).isEqualTo(1);
				assertThat(page.locator("[data-check-plan]:visible").count()).isZero();
				assertThat(tab.problems()).isEmpty();
			}
		}
	}

	@Test
	void rememberKeepsOnlyTheBirthOnThisPhoneAndForgetRemovesIt() {
		try (Tab tab = Tab.open(origin, Device.PHONE)) {
			Page page = tab.page();
			tab.visit("/");
			assertThat(page.locator("[data-check-offer] [data-check-full]").isVisible()).isTrue();
			assertThat(page.locator("[data-check-offer] [data-check-small]").isVisible()).isFalse();
			tab.visit("/before-you-start");
			page.check("#when-6-12w");
			page.check("#how-assisted");
			page.check("#checked-yes");
			page.check("#sign-wrist");
			page.check("#check-remember");
			submit(page);
			Object stored = page.evaluate("() => JSON.parse(localStorage.getItem('ppb-check'))");
			assertThat(stored).asString()
				.contains("when=6-12w", "how=assisted", "checked=true", "savedOn=")
				.doesNotContain("flag");
			assertThat(page.locator("[data-check-saved]").isVisible()).isTrue();
			assertThat(tab.context().cookies()).isEmpty();

			for (String path : List.of("/", "/exercises/banded-as", "/routine", "/routine/session")) {
				tab.visit(path);
				assertThat(page.locator("[data-check-offer] [data-check-full]").isVisible()).as(path).isFalse();
				assertThat(page.locator("[data-check-offer] [data-check-small] a").isVisible()).as(path).isTrue();
			}
			tab.visit("/before-you-start");
			assertThat(page.isChecked("#when-6-12w")).isTrue();
			assertThat(page.isChecked("#how-assisted")).isTrue();
			assertThat(page.isChecked("#sign-wrist")).isTrue();
			page.locator("[data-check-forget] button").click();
			assertThat(page.evaluate("() => localStorage.getItem('ppb-check')")).isNull();
			assertThat(page.isChecked("#when-6-12w")).isFalse();
			tab.visit("/");
			assertThat(page.locator("[data-check-offer] [data-check-full]").isVisible()).isTrue();
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void withoutRememberNothingIsKeptAndTheLogHoldsNoAnswer(CapturedOutput output) {
		for (boolean javaScript : List.of(true, false)) {
			try (Tab tab = Tab.open(origin, Device.PHONE, options -> options.setJavaScriptEnabled(javaScript))) {
				Page page = tab.page();
				tab.visit("/es/antes-de-empezar");
				page.check("#when-0-2w");
				page.check("#how-caesarean");
				page.check("#sign-leaking");
				submit(page);
				assertThat(page.locator("[data-check-plan]").isVisible()).isTrue();
				assertThat(tab.context().cookies()).isEmpty();
				if (javaScript) {
					assertThat(page.evaluate("() => localStorage.length")).isEqualTo(0);
				}
			}
		}
		assertThat(output.getAll()).doesNotContain("caesarean", "0-2w", "leaking");
	}

	@Test
	void thePlanAndARedFlagAsAPhoneShowsThem() {
		Path folder = Path.of("target", "check");
		for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
			for (String path : List.of("/before-you-start", "/es/antes-de-empezar")) {
				String name = (path.startsWith("/es") ? "es" : "en") + "-" + scheme.name().toLowerCase();
				try (Tab tab = Tab.open(origin, Device.PHONE, options -> options.setColorScheme(scheme))) {
					Page page = tab.page();
					tab.visit(path);
					page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + "-questions.png")));
					page.check("#when-2-6w");
					page.check("#how-caesarean");
					submit(page);
					page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + "-plan.png")));
					assertThat(Axe.violations(page)).isEmpty();
					tab.visit(path);
					page.check("#flag-fever");
					submit(page);
					page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + "-urgent.png")));
					assertThat(Axe.violations(page)).isEmpty();
					assertThat(tab.problems()).isEmpty();
				}
			}
		}
		assertThat(folder.resolve("es-dark-plan.png")).exists();
	}

	private static void submit(Page page) {
		page.locator("form[data-check-form] button[type=submit]").click();
		page.waitForLoadState();
	}

	/** Every request the tab sends, as method and address. */
	private static List<String> record(Tab tab) {
		List<String> sent = Collections.synchronizedList(new ArrayList<>());
		tab.context().onRequest(request -> sent.add(request.method() + " " + request.url()));
		return sent;
	}

	/** The answers stayed off the address and out of cookies; with JavaScript nothing was posted at all. */
	private static void assertPrivate(Tab tab, String path, List<String> sent, boolean javaScript) {
		assertThat(tab.path()).isEqualTo(path);
		assertThat(tab.page().url()).doesNotContain("?").doesNotContain("caesarean").doesNotContain("2-6w");
		assertThat(tab.context().cookies()).isEmpty();
		synchronized (sent) {
			assertThat(sent).noneMatch(request -> request.contains("caesarean") || request.contains("when="));
			if (javaScript) {
				assertThat(sent).noneMatch(request -> request.startsWith("POST"));
			}
			else {
				assertThat(sent).anyMatch(request -> request.startsWith("POST"));
			}
		}
	}

	private static List<String> shown(Page page, String verdict) {
		Locator rows = page.locator("[data-check-verdict=" + verdict + "] li[data-item]:visible");
		List<String> slugs = new ArrayList<>();
		for (int i = 0; i < rows.count(); i++) {
			slugs.add(rows.nth(i).getAttribute("data-item"));
		}
		return slugs;
	}

}
