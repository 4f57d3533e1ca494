package org.postpartumback.exercise;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a dose says, and what it leaves unsaid when the sources give no number. */
class DoseTests {

	@Test
	void aDoseWithOnlyANoteHasNoRepsHoldOrTempo() {
		Dose dose = new Dose(null, null, null, null, null, "Take your time.");
		assertThat(dose.hasReps()).isFalse();
		assertThat(dose.hasHold()).isFalse();
		assertThat(dose.holdIsRange()).isFalse();
		assertThat(dose.hasTempo()).isFalse();
	}

	@Test
	void repsWithAHoldOfOneToTwoSecondsIsARange() {
		Dose dose = new Dose(10, 1, 2, null, null, null);
		assertThat(dose.hasReps()).isTrue();
		assertThat(dose.hasHold()).isTrue();
		assertThat(dose.holdIsRange()).isTrue();
	}

	@Test
	void aHoldWhoseEndsAreEqualOrMissingIsOneNumber() {
		assertThat(new Dose(null, 20, 20, null, null, null).holdIsRange()).isFalse();
		assertThat(new Dose(null, 20, null, null, null, null).holdIsRange()).isFalse();
		assertThat(new Dose(null, 20, null, null, null, null).hasHold()).isTrue();
	}

	@Test
	void aTempoNeedsBothTheWayOutAndTheWayBack() {
		assertThat(new Dose(null, null, null, 5, 5, null).hasTempo()).isTrue();
		assertThat(new Dose(null, null, null, 5, null, null).hasTempo()).isFalse();
		assertThat(new Dose(null, null, null, null, 5, null).hasTempo()).isFalse();
	}

}
