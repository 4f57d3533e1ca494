package org.postpartumback.safety;

import org.postpartumback.language.TestLanguages;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
class SafetyContentTests {

	private static final List<String> EXERCISES = List.of("banded-as", "double-chins", "thread-the-needle",
			"thoracic-roll-out", "couch-stretch");

	private static final List<String> RELIEF_AT_HOME = List.of("heat", "gentle-movement", "trigger-point-release");

	private final SafetyNotes notes;

	SafetyContentTests(SafetyNoteRepository notes, SafetyCautionRepository cautions) {
		this.notes = new SafetyContent().safetyNotes(notes, cautions, TestLanguages.ENGLISH_ONLY, TestLanguages.NONE)
			.original();
	}

	@Test
	void everyExerciseAndHomeReliefTechniqueSaysWhatToFeelAndWhenToStop() {
		assertThat(notes.bySlug().keySet()).containsExactlyInAnyOrderElementsOf(
				java.util.stream.Stream.concat(EXERCISES.stream(), RELIEF_AT_HOME.stream()).toList());
		assertThat(notes.bySlug().values()).allSatisfy(note -> {
			assertThat(note.feel()).isNotBlank();
			assertThat(note.stop()).startsWith("Stop");
		});
	}

	@Test
	void theFoamRollerAndFloorWorkCarryTheGuidesOwnCautionForPregnancyACaesareanOrARecentBirth() {
		assertThat(List.of("thoracic-roll-out", "thread-the-needle")).allSatisfy(slug -> assertThat(
				notes.of(slug).cautions().get(0)).satisfies(caution -> {
					assertThat(caution.text()).contains("Pregnant", "caesarean", "last six weeks", "midwife or doctor");
					assertThat(caution.own()).as("the six-week caution is the guide's own").isTrue();
				}));
		assertThat(texts("thoracic-roll-out")).contains("foam roller", "diastasis", "osteoporosis",
				"roll onto your side first");
		assertThat(texts("thread-the-needle")).contains("floor work", "diastasis", "cushion under your knees",
				"sitting on a chair", "forearm", "roll onto your side first");
		assertThat(texts("couch-stretch")).contains("kneel", "cushion", "doorway stretch");
		assertThat(texts("trigger-point-release")).contains("osteoporosis", "small knock", "ball");
		assertThat(List.of("banded-as", "double-chins", "gentle-movement")).allSatisfy(
				slug -> assertThat(notes.of(slug).cautions()).isEmpty());
	}

	@Test
	void heatNamesItsLimitsInsteadOfABlanketAskFirst() {
		assertThat(texts("heat")).contains("caesarean wound", "red or sore breast", "hold your baby",
				"bath warm, not hot").doesNotContain("before you use heat");
	}

	private String texts(String slug) {
		return String.join(" ", notes.of(slug).cautions().stream().map(SafetyNotes.Caution::text).toList());
	}

}
