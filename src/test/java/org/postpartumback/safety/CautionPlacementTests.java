package org.postpartumback.safety;

import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.postpartumback.LiveSite;
import org.postpartumback.language.Localized;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each "not if / not yet" caution stands where its movement is done: on the guided session's step for that exercise
 * or technique, and on the printout beside it, not only on the exercise's own page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CautionPlacementTests {

	private final LiveSite site;

	private final SafetyNotes notes;

	CautionPlacementTests(@LocalServerPort int port, Localized<SafetyNotes> notes) {
		this.site = new LiveSite(port);
		this.notes = notes.in(Locale.ENGLISH);
	}

	@Test
	void everyCautionIsOnItsSessionStepAndBesideItsItemOnThePrintout() {
		var withCautions = notes.bySlug().entrySet().stream().filter(entry -> !entry.getValue().cautions().isEmpty()).toList();
		assertThat(withCautions).extracting(java.util.Map.Entry::getKey)
			.contains("thread-the-needle", "thoracic-roll-out", "couch-stretch", "trigger-point-release", "heat");
		withCautions.forEach(entry -> {
			String slug = entry.getKey();
			// Each choice is tried as an exercise and as a technique; the one that is not is left out with a note.
			String choice = "?e=" + slug + "&r=" + slug;
			Element step = LiveSite.parse(site.get("/routine/session" + choice))
				.selectFirst("li.session-step[data-slug=" + slug + "]");
			Document sheet = LiveSite.parse(site.get("/routine/print" + choice));
			Element item = sheet.select("li.sheet-step").stream()
				.filter(li -> !li.select(".sheet-cautions").isEmpty()).findFirst().orElse(null);
			assertThat(step).as("session step of %s", slug).isNotNull();
			assertThat(item).as("printout item of %s", slug).isNotNull();
			entry.getValue().cautions().forEach(caution -> {
				assertThat(step.select(".caution-list").text()).as(slug).contains(caution.text());
				assertThat(item.select(".sheet-cautions").text()).as(slug).contains(caution.text());
			});
			long own = entry.getValue().cautions().stream().filter(SafetyNotes.Caution::own).count();
			assertThat(step.select(".caution-own")).as("own cautions marked on the step of %s", slug).hasSize((int) own);
			assertThat(item.select(".caution-own")).as("own cautions marked on the printout of %s", slug).hasSize((int) own);
		});
	}

	@Test
	void theFullPrintoutListsTheSignsToScanNotAsOneParagraph() {
		Document sheet = LiveSite.parse(site.get("/routine/print"));
		assertThat(sheet.select(".print-safety ul.print-signs")).hasSize(2);
		assertThat(sheet.select(".print-safety ul.print-signs").first().select("li")).hasSizeGreaterThanOrEqualTo(15);
		assertThat(sheet.select(".print-safety").text()).doesNotContain(";");
	}

}
