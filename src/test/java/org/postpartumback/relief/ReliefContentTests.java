package org.postpartumback.relief;

import org.postpartumback.language.TestLanguages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
class ReliefContentTests {

	private final Relief relief;

	ReliefContentTests(ReliefTechniqueRepository techniques, DailyModificationRepository modifications) {
		this.relief = new ReliefContent().relief(techniques, modifications, TestLanguages.ENGLISH_ONLY, TestLanguages.NONE).original();
	}

	@Test
	void seedsEveryReliefTechniqueWithSteps() {
		assertThat(relief.techniques()).extracting(ReliefTechniqueView::slug)
			.containsExactly("heat", "gentle-movement", "trigger-point-release", "professional-care");
		assertThat(relief.techniques()).allSatisfy(technique -> assertThat(technique.steps()).isNotEmpty());
	}

	@Test
	void heatIsTenToFifteenMinutesAndTwentyAtMost() {
		assertThat(technique("heat"))
			.satisfies(heat -> assertThat(heat.dose()).contains("10").contains("15").contains("20"));
	}

	@Test
	void theHeatTimeBelongsToThePadOrCompressABathIsWarmAndTheSkinIsProtected() {
		assertThat(technique("heat")).satisfies(heat -> {
			assertThat(heat.dose()).startsWith("Pad or compress:");
			assertThat(heat.summary()).contains("warm bath").doesNotContain("hot bath");
			assertThat(heat.steps()).noneSatisfy(step -> assertThat(step).contains("hot bath"));
			assertThat(heat.caution()).contains("Warm, not hot", "numb", "sleep", "check your skin");
		});
	}

	@Test
	void gentleMovementIsTenOfEachAndTriggerPointReleaseTwoToFiveMinutes() {
		assertThat(technique("gentle-movement")).satisfies(m -> assertThat(m.dose()).contains("10"));
		assertThat(technique("trigger-point-release")).satisfies(t -> assertThat(t.dose()).contains("2").contains("5"));
	}

	@Test
	void aRoutineStartsWithHeatThenGentleMovement() {
		assertThat(relief.beforeExercises()).extracting(ReliefTechniqueView::slug)
			.containsExactly("heat", "gentle-movement");
	}

	@Test
	void seedsTheDailyModifications() {
		assertThat(relief.modifications()).hasSize(3);
	}

	private ReliefTechniqueView technique(String slug) {
		return relief.techniques().stream().filter(technique -> technique.slug().equals(slug)).findFirst().orElseThrow();
	}

}
