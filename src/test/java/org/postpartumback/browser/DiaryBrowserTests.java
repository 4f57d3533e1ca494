package org.postpartumback.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postpartumback.browser.PrintedPdf.Paper;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pain diary in Chromium, on Playwright's clock, with weeks of entries seeded into this browser's storage: the
 * chart, the summary and the guide's rule follow the entries, a warning sign leads to its level of the help page,
 * the clinician's page prints on one sheet with the chart, the file round-trips, deleting leaves nothing, and no
 * request ever carries a diary value.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class DiaryBrowserTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private final String origin;

	private final MessageSource messages;

	DiaryBrowserTests(@LocalServerPort int port, MessageSource messages) {
		this.origin = "http://localhost:" + port;
		this.messages = messages;
	}

	@Test
	void theChartHasOnePointPerEntryAtItsValue() {
		try (Tab tab = diary("/diary", improving(), Device.PHONE)) {
			Locator pain = tab.page().locator("[data-diary-chart] circle[data-kind=pain]");
			assertThat(pain.count()).isEqualTo(22);
			assertThat(pain.first().getAttribute("data-day")).isEqualTo(TODAY.minusDays(21).toString());
			assertThat(pain.first().getAttribute("data-value")).isEqualTo("6");
			assertThat(pain.last().getAttribute("data-day")).isEqualTo(TODAY.toString());
			assertThat(pain.last().getAttribute("data-value")).isEqualTo("3");
			double high = Double.parseDouble(pain.first().getAttribute("cy"));
			double low = Double.parseDouble(pain.last().getAttribute("cy"));
			assertThat(high).as("6 is drawn higher than 3").isLessThan(low);
			assertThat(tab.page().locator("[data-diary-chart] rect[data-kind=activities]").count()).isEqualTo(22);
			assertThat(tab.page().locator("[data-diary-chart] rect.tick").count()).as("the routine's days").isEqualTo(11);
			assertThat(tab.page().locator("[data-diary-rows] tr").count()).as("the table fallback").isEqualTo(22);
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void theSummarySaysFromWhatToWhatOverHowLong() {
		try (Tab tab = diary("/diary", improving(), Device.PHONE)) {
			assertThat(tab.page().locator("[data-diary-summary]").textContent())
				.isEqualTo("Your pain went from 6 to 3 over 3 weeks.");
		}
		try (Tab tab = diary("/es/diario", improving(), Device.PHONE)) {
			assertThat(tab.page().locator("[data-diary-summary]").textContent())
				.isEqualTo("Tu dolor bajó de 6 a 3 en 3 semanas.");
		}
	}

	@Test
	void theRuleShowsForFlatPainAndNotForImprovingPain() {
		try (Tab tab = diary("/diary", improving(), Device.PHONE)) {
			assertThat(tab.page().locator("[data-diary-rule]").isVisible()).isFalse();
		}
		try (Tab tab = diary("/diary", seeded(21, day -> 5, day -> 4, List.of()), Device.PHONE)) {
			Locator rule = tab.page().locator("[data-diary-rule]");
			assertThat(rule.isVisible()).isTrue();
			assertThat(rule.locator("h3").textContent()).isEqualTo(message("diary.rule.heading"));
			assertThat(rule.locator("[data-reason=flat]").isVisible()).isTrue();
			assertThat(rule.locator("[data-reason=high]").isVisible()).isFalse();
			assertThat(rule.textContent()).contains(message("diary.rule.own"), message("diary.rule.who"));
		}
	}

	@Test
	void aWarningSignLeadsToItsLevelOfTheHelpPage() {
		try (Tab tab = diary("/diary", "", Device.PHONE)) {
			Page page = tab.page();
			page.locator(".diary-signs summary").click();
			page.locator("[data-sign=emergency]").first().check();
			Locator link = page.locator("[data-diary-help] [data-level=emergency] a");
			assertThat(link.isVisible()).isTrue();
			link.click();
			page.waitForURL("**/when-to-get-help#emergency");
			assertThat(tab.path()).isEqualTo("/when-to-get-help");
			assertThat(page.locator("#emergency").isVisible()).isTrue();
		}
	}

	@ParameterizedTest
	@EnumSource(Paper.class)
	void theClinicianPagePrintsOnOneSheetWithTheChart(Paper paper) {
		String birth = "localStorage.setItem('ppb-check', JSON.stringify({ when: '6-12w', how: 'caesarean' }));"
				+ "localStorage.setItem('ppb-routine', JSON.stringify('/routine?e=banded-as'));";
		try (Tab tab = diary("/diary", improving() + birth, Device.PHONE)) {
			Page page = tab.page();
			page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
			assertThat(page.locator("[data-diary-chart]").boundingBox().height).as("the chart on paper").isGreaterThan(100);
			assertThat(page.locator("[data-diary-form]").isVisible()).as("the check-in is not printed").isFalse();
			PrintedPdf pdf = PrintedPdf.print(page, paper);
			assertThat(pdf.sheets()).isEqualTo(1);
			assertThat(pdf.text()).contains("Your pain went from 6 to 3 over 3 weeks.", message("diary.chart.doneKey"),
					message("diary.weeks.caption"), "caesarean birth", "6 to 12 weeks since birth",
					"Routine done on 11 of the last 56 days.", "Lifting the baby from the cot", "slept badly",
					PrintTests.disclaimer(this.messages));
		}
	}

	@Test
	void exportThenImportGivesTheSameDiary() throws IOException {
		try (Tab tab = diary("/diary", improving(), Device.PHONE)) {
			Page page = tab.page();
			String before = stored(page);
			Download download = page.waitForDownload(() -> page.locator("[data-diary-export]").click());
			Path file = download.path();
			assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Lifting the baby from the cot");
			page.evaluate("localStorage.removeItem('ppb-diary')");
			page.reload();
			assertThat(stored(page)).isNull();
			page.locator("[data-diary-import]").setInputFiles(file);
			page.locator("[data-diary-data-status]").filter(new Locator.FilterOptions().setHasText("22")).waitFor();
			assertThat(stored(page)).isEqualTo(before);
		}
	}

	@Test
	void deleteLeavesNothingInStorage() {
		String more = "localStorage.setItem('ppb-check', JSON.stringify({ when: '0-2w', how: null }));";
		try (Tab tab = diary("/diary", improving() + more, Device.PHONE)) {
			Page page = tab.page();
			assertThat(page.evaluate("localStorage.length")).isEqualTo(3);
			List<String> asked = new ArrayList<>();
			page.onDialog(dialog -> {
				asked.add(dialog.message());
				dialog.accept();
			});
			page.locator("[data-diary-delete]").click();
			assertThat(asked).containsExactly(message("diary.js.deleteConfirm"));
			assertThat(page.evaluate("localStorage.length")).isEqualTo(0);
			assertThat(page.locator("[data-diary-chart] circle").count()).isZero();
		}
	}

	@Test
	void noRequestCarriesADiaryValue() {
		try (Tab tab = diary("/diary", improving(), Device.PHONE)) {
			Page page = tab.page();
			List<Request> requests = Collections.synchronizedList(new ArrayList<>());
			tab.context().onRequest(requests::add);
			page.locator("input[name=pain][value='7']").check();
			page.locator("input[name=activity-0][value='2']").check();
			page.locator("#diary-note").fill("zebra-4711");
			page.locator("[data-diary-form] button[type=submit]").click();
			assertThat(page.locator("[data-diary-saved]").textContent()).isEqualTo(message("diary.js.saved"));
			assertThat(stored(page)).contains("zebra-4711");
			page.locator("[data-diary-export]").click();
			page.reload();
			assertThat(page.locator("#diary-note").inputValue()).isEqualTo("zebra-4711");
			assertThat(requests).isNotEmpty();
			for (Request request : requests) {
				assertThat(request.method()).isEqualTo("GET");
				assertThat(request.url()).doesNotContain("zebra").doesNotContain("pain=").doesNotContain("note=");
				assertThat(request.postData()).isNull();
				assertThat(request.headers().getOrDefault("cookie", "")).isEmpty();
			}
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void withoutJavaScriptThePageSaysItNeedsIt() {
		try (Tab tab = Tab.open(this.origin, Device.PHONE, options -> options.setJavaScriptEnabled(false))) {
			tab.visit("/diary");
			assertThat(tab.page().locator("[data-no-js]").textContent()).isEqualTo(message("diary.noJs"));
			assertThat(tab.page().locator("[data-diary-form]").isVisible()).isFalse();
			assertThat(tab.page().locator(".disclaimer").isVisible()).isTrue();
		}
	}

	/** Phone screenshots with seeded data, light and dark, in both languages, as target/diary/*.png. */
	@Test
	void screenshots() {
		String birth = "localStorage.setItem('ppb-check', JSON.stringify({ when: '6-12w', how: 'vaginal' }));";
		for (String path : List.of("/diary", "/es/diario")) {
			for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
				try (Tab tab = Tab.open(this.origin, Device.PHONE, options -> options.setColorScheme(scheme))) {
					seed(tab, path, seeded(28, day -> 5 + (day % 3 == 0 ? 1 : 0), day -> 4, List.of(27, 20, 13, 6)) + birth);
					String name = (path.startsWith("/es") ? "es" : "en") + "-" + scheme.name().toLowerCase(Locale.ROOT);
					tab.page().screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "diary", name + ".png")));
					tab.page().pdf(new Page.PdfOptions().setFormat("Letter").setPath(Path.of("target", "diary", name + "-letter.pdf")));
					tab.page().locator("#trend").scrollIntoViewIfNeeded();
					tab.page().screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "diary", name + "-trend.png")));
					assertThat(tab.problems()).isEmpty();
				}
			}
		}
	}

	/** 22 daily entries over 3 weeks, pain 6 down to 3, the activities up from 3 to 7, the routine every other day. */
	private static String improving() {
		return seeded(21, day -> 6 - (21 - day) * 3 / 21, day -> 3 + (21 - day) * 4 / 21, List.of(20, 18, 16, 14, 12, 10, 8, 6, 4, 2, 0));
	}

	/**
	 * A script that stores a diary of one entry a day from {@code days} days ago to today: pain and the first
	 * activity's score by days ago, a note on the first day, and the routine ticked on the given days ago.
	 */
	private static String seeded(int days, IntUnaryOperator pain, IntUnaryOperator activity, List<Integer> ticked) {
		StringBuilder entries = new StringBuilder();
		for (int ago = days; ago >= 0; ago--) {
			entries.append(entries.isEmpty() ? "" : ",")
				.append("{\"day\":\"%s\",\"pain\":%d,\"scores\":[%d,null],\"note\":\"%s\"}".formatted(
						TODAY.minusDays(ago), pain.applyAsInt(ago), activity.applyAsInt(ago), ago == days ? "slept badly" : ""));
		}
		StringBuilder ticks = new StringBuilder();
		for (int ago : ticked) {
			ticks.append(ticks.isEmpty() ? "" : ",").append('"').append(TODAY.minusDays(ago)).append('"');
		}
		return "localStorage.setItem('ppb-diary', JSON.stringify({ activities: ['Lifting the baby from the cot',"
				+ " 'Feeding for 20 minutes'], entries: [" + entries + "] }));"
				+ "localStorage.setItem('ppb-ticks', JSON.stringify([" + ticks + "]));";
	}

	/** A phone tab on the page at TODAY (Playwright's clock), its storage filled by the script, then reloaded. */
	private Tab diary(String path, String script, Device device) {
		Tab tab = Tab.open(this.origin, device);
		seed(tab, path, script);
		return tab;
	}

	private static void seed(Tab tab, String path, String script) {
		tab.page().clock().install(new com.microsoft.playwright.Clock.InstallOptions()
			.setTime(LocalDateTime.of(TODAY, java.time.LocalTime.of(21, 30)).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli()));
		tab.visit(path);
		if (!script.isEmpty()) {
			tab.page().evaluate(script);
			tab.page().reload();
		}
		assertThat(tab.page().locator("[data-diary-form]").isVisible()).isTrue();
	}

	private static String stored(Page page) {
		return (String) page.evaluate("localStorage.getItem('ppb-diary')");
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

}
