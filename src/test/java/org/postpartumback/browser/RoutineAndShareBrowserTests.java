package org.postpartumback.browser;

import org.postpartumback.language.Localized;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postpartumback.browser.PrintedPdf.Paper;
import org.postpartumback.exercise.ExerciseView;
import org.postpartumback.exercise.Exercises;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two things people do with the guide besides reading it: print a routine for the fridge and send an exercise
 * to a friend, in a real browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class RoutineAndShareBrowserTests {

	private static final String FULL_ROUTINE = "/routine/print";

	/** Takes away the Web Share API, as on most desktop browsers, before the page's own script runs. */
	private static final String NO_WEB_SHARE = "delete Navigator.prototype.share; delete navigator.share;";

	/** A stand-in share sheet that records what the page asked to share. */
	private static final String RECORDING_WEB_SHARE = "navigator.share = (data) => { window.__shared = data; return Promise.resolve(); };";

	private final String origin;

	private final List<ExerciseView> exercises;

	private final MessageSource messages;

	RoutineAndShareBrowserTests(@LocalServerPort int port, Localized<Exercises> exercises, MessageSource messages) {
		this.origin = "http://localhost:" + port;
		this.exercises = exercises.original().all();
		this.messages = messages;
	}

	@ParameterizedTest
	@EnumSource(Paper.class)
	void theFullRoutinePrintsOnOnePageWithEveryExerciseTheDisclaimerAndTheWayBack(Paper paper) {
		try (Tab tab = Tab.open(this.origin, Device.DESKTOP)) {
			tab.visit(FULL_ROUTINE);
			String navigation = PrintTests.navigationText(tab.page());
			String routineLink = tab.page().locator(".sheet-link a").textContent().strip();

			PrintedPdf pdf = PrintedPdf.print(tab.page(), paper);

			assertThat(tab.page().locator(".sheet-figs svg").count())
				.as("one picture of the whole movement (end over a faint start) per exercise")
				.isEqualTo(exercises.size());
			assertThat(pdf.sheets()).as("sheets of " + paper).isEqualTo(1);
			assertThat(pdf.text()).contains(PrintTests.disclaimer(this.messages))
				.contains(exercises.stream().map(ExerciseView::name).toList())
				.contains(message("routine.print.grid"))
				.contains("Last updated on")
				.doesNotContain(navigation)
				.doesNotContain(message("routine.print.button"));
			assertThat(pdf.text().replace(" ", "")).as("the routine's link, written out")
				.contains(routineLink.replace(" ", ""));
			assertThat(tab.page().locator("img.qr").evaluate("img => img.naturalWidth > 0")).isEqualTo(true);
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void thePrintButtonOpensTheBrowsersPrintDialog() {
		try (Tab tab = Tab.open(this.origin, Device.PHONE)) {
			tab.page().addInitScript("window.print = () => { window.__printed = (window.__printed || 0) + 1; };");
			tab.visit(FULL_ROUTINE);

			assertThat(tab.page().locator(".print-fallback").isVisible()).isFalse();
			tab.page().getByText(message("routine.print.button")).click();

			assertThat(tab.page().evaluate("window.__printed")).isEqualTo(1);
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void withoutJavaScriptThePrintoutSaysHowToPrintAndShowsNoDeadButton() {
		try (Tab tab = Tab.open(this.origin, Device.PHONE, options -> options.setJavaScriptEnabled(false))) {
			tab.visit(FULL_ROUTINE);

			assertThat(tab.page().locator(".print-fallback").isVisible()).isTrue();
			assertThat(tab.page().locator("button[data-print]").isVisible()).isFalse();
		}
	}

	@Test
	void aRoutineIsBuiltByTickingBoxesWithoutJavaScript() {
		try (Tab tab = Tab.open(this.origin, Device.PHONE, options -> options.setJavaScriptEnabled(false))) {
			Page page = tab.page();
			tab.visit("/routine");
			page.getByLabel(exercises.get(3).name()).check();
			page.getByLabel(exercises.get(1).name()).check();
			page.getByText(message("routine.build.submit")).click();
			page.waitForURL("**/routine?**");

			assertThat(page.url()).endsWith("/routine?e=" + exercises.get(1).slug() + "&e=" + exercises.get(3).slug());
			assertThat(page.locator(".routine-step h2").allInnerTexts()).containsExactly(exercises.get(1).name(),
					exercises.get(3).name());
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void withoutTheShareSheetTheButtonCopiesTheCanonicalLink() {
		try (Tab tab = Tab.open(this.origin, Device.DESKTOP,
				options -> options.setPermissions(List.of("clipboard-read", "clipboard-write")))) {
			Page page = tab.page();
			page.addInitScript(NO_WEB_SHARE);
			tab.visit(exercises.get(0).path());
			String canonical = page.locator("link[rel=canonical]").getAttribute("href");

			page.getByText(message("share.button.copy")).click();
			page.waitForFunction("() => document.querySelector('.share-status').textContent !== ''");

			assertThat(page.locator(".share-status").textContent()).isEqualTo(message("share.copied"));
			assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(canonical);
			assertThat(canonical).endsWith(exercises.get(0).path());
			assertThat(page.locator("head meta[property='og:image']").getAttribute("content")).contains("/previews/");
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void whereThereIsAShareSheetTheButtonOpensItWithTheCanonicalLink() {
		try (Tab tab = Tab.open(this.origin, Device.PHONE)) {
			Page page = tab.page();
			page.addInitScript(RECORDING_WEB_SHARE);
			tab.visit(exercises.get(1).path());
			String canonical = page.locator("link[rel=canonical]").getAttribute("href");

			page.getByText(message("share.button.share")).click();

			assertThat(page.evaluate("window.__shared.url")).isEqualTo(canonical);
			assertThat(page.evaluate("window.__shared.title")).isEqualTo(exercises.get(1).name());
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void withoutJavaScriptTheShareLinkIsPlainSelectableText() {
		try (Tab tab = Tab.open(this.origin, Device.PHONE, options -> options.setJavaScriptEnabled(false))) {
			tab.visit(exercises.get(2).path());

			assertThat(tab.page().locator("a.share-url").isVisible()).isTrue();
			assertThat(tab.page().locator("a.share-url").textContent())
				.isEqualTo(tab.page().locator("link[rel=canonical]").getAttribute("href"));
			assertThat(tab.page().locator("button[data-share-url]").isVisible()).isFalse();
		}
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

}
