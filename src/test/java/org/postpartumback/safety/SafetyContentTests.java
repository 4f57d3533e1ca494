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

	SafetyContentTests(SafetyNoteRepository notes) {
		this.notes = new SafetyContent().safetyNotes(notes, TestLanguages.ENGLISH_ONLY, TestLanguages.NONE).original();
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
	void theFoamRollerFloorWorkAndHeatCarryTheCautionForPregnancyACaesareanOrARecentBirth() {
		assertThat(List.of("thoracic-roll-out", "thread-the-needle", "heat")).allSatisfy(slug -> assertThat(
				notes.of(slug).caution()).contains("Pregnant", "caesarean", "last six weeks", "midwife or doctor"));
		assertThat(notes.of("thoracic-roll-out").caution()).contains("foam roller");
		assertThat(notes.of("thread-the-needle").caution()).contains("floor work");
		assertThat(notes.of("heat").caution()).contains("use heat", "bath warm, not hot");
		assertThat(List.of("banded-as", "double-chins", "couch-stretch")).allSatisfy(
				slug -> assertThat(notes.of(slug).caution()).isNull());
	}

}
