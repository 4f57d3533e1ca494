package org.postpartumback.browser;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postpartumback.browser.PrintedPdf.Paper;
import org.postpartumback.layout.SiteMap;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page prints (Chromium's own print to PDF, on A4 and US Letter) with the disclaimer and without the site
 * navigation, read back from the PDF's text. A new printable view gets its own test here, using
 * {@link PrintedPdf#print} for the PDF and {@link #navigationText} and {@link #disclaimer} for what must and must not
 * be on paper.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class PrintTests {

	private final String origin;

	private final List<String> pages;

	private final MessageSource messages;

	PrintTests(@LocalServerPort int port, SiteMap siteMap, MessageSource messages) {
		this.origin = "http://localhost:" + port;
		this.pages = siteMap.everyLanguage();
		this.messages = messages;
	}

	/** The Spanish printout of the full routine takes one sheet too, Spanish words being longer. */
	@ParameterizedTest
	@EnumSource(Paper.class)
	void theSpanishFullRoutinePrintsOnOneSheetWithTheWarningSigns(Paper paper) {
		Locale spanish = Locale.forLanguageTag("es");
		try (Tab tab = Tab.open(this.origin, Device.DESKTOP)) {
			tab.visit("/es/rutina/imprimir");
			PrintedPdf pdf = PrintedPdf.print(tab.page(), paper);

			assertThat(pdf.sheets()).as("sheets on " + paper).isEqualTo(1);
			assertThat(pdf.text()).contains(this.messages.getMessage("print.safety.heading", null, spanish),
					this.messages.getMessage("print.safety.emergency", null, spanish), disclaimer(this.messages, spanish),
					"/es/cuando-");
			assertThat(tab.problems()).isEmpty();
		}
	}

	@TestFactory
	Stream<DynamicTest> everyPagePrintsWithTheDisclaimerAndWithoutTheNavigation() {
		Tab tab = Tab.open(this.origin, Device.DESKTOP);
		return this.pages.stream()
			.flatMap(path -> Stream.of(Paper.values())
				.map(paper -> DynamicTest.dynamicTest(path + " on " + paper, () -> {
					tab.visit(path);
					String navigation = navigationText(tab.page());
					PrintedPdf pdf = PrintedPdf.print(tab.page(), paper);

					assertThat(pdf.text()).contains(disclaimer(this.messages, pageLocale(tab))).doesNotContain(navigation);
					assertThat(tab.problems()).isEmpty();
				})))
			.onClose(tab::close);
	}

	/**
	 * The printout's warning box is there and the full routine, the longest printout, still takes one sheet on
	 * both papers.
	 */
	@ParameterizedTest
	@EnumSource(Paper.class)
	void theFullRoutinePrintsOnOneSheetWithTheWarningSigns(Paper paper) {
		try (Tab tab = Tab.open(this.origin, Device.DESKTOP)) {
			tab.visit("/routine/print");
			PrintedPdf pdf = PrintedPdf.print(tab.page(), paper);

			assertThat(pdf.sheets()).as("sheets on " + paper).isEqualTo(1);
			assertThat(pdf.text()).contains(message("print.safety.heading"), message("print.safety.emergency"),
					message("print.safety.clinician"), "Chest pain or a racing heart", "A fever of 38 °C",
					"Heavy bleeding", "/when-to-get-help");
			assertThat(tab.problems()).isEmpty();
		}
	}

	@Test
	void theNavigationCheckFindsTheNavigationWhenPagesPrintWithScreenStyles() {
		try (Tab tab = Tab.open(this.origin, Device.DESKTOP)) {
			tab.visit("/");
			tab.page().emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

			assertThat(PrintedPdf.print(tab.page(), Paper.A4).text()).contains(navigationText(tab.page()));
		}
	}

	/**
	 * The header navigation's link texts in order, as one line ("Home Exercises Causes …"). The words may appear
	 * on a printed page on their own; the whole run only appears when the navigation is printed.
	 */
	static String navigationText(Page page) {
		return String.join(" ", page.locator("header nav:not(.language-switch) a").allInnerTexts()).replaceAll("\\s+", " ").strip();
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

	/** The disclaimer as it must appear on paper, white space made single spaces like {@link PrintedPdf#text()}. */
	String disclaimer() {
		return disclaimer(this.messages);
	}

	static String disclaimer(MessageSource messages) {
		return disclaimer(messages, Locale.ENGLISH);
	}

	static String disclaimer(MessageSource messages, Locale locale) {
		return (messages.getMessage("disclaimer.heading", null, locale) + " "
				+ messages.getMessage("disclaimer.text", null, locale))
			.replaceAll("\\s+", " ");
	}

	/** The language the page in the tab says it is in. */
	private static Locale pageLocale(Tab tab) {
		return Locale.forLanguageTag(tab.page().getAttribute("html", "lang"));
	}

}
