package org.postpartumback.exercise;

import org.postpartumback.language.TestLanguages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
class ExerciseContentTests {

	private final Exercises exercises;

	private final LongTermPlan plan;

	ExerciseContentTests(ExerciseRepository exercises, ExerciseAliasRepository aliases, LongTermGoalRepository goals) {
		this.exercises = new ExerciseContent().exercises(exercises, aliases, TestLanguages.ENGLISH_ONLY, TestLanguages.NONE).original();
		this.plan = new ExerciseContent().longTermPlan(goals, TestLanguages.ENGLISH_ONLY, TestLanguages.NONE).original();
	}

	@Test
	void theLongTermPlanIsStrengthThenMobility() {
		assertThat(plan.goals()).extracting(Goal::exerciseKind)
			.containsExactly(ExerciseKind.STRENGTH, ExerciseKind.MOBILITY);
	}

	@Test
	void seedsTheFiveExercisesInOrder() {
		assertThat(exercises.all()).extracting(ExerciseView::slug)
			.containsExactly("banded-as", "double-chins", "thread-the-needle", "thoracic-roll-out", "couch-stretch");
		assertThat(exercises.all()).extracting(ExerciseView::position).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void everyExerciseHasStepsKeyStepsCuesAndTheTextsItsPagesNeed() {
		assertThat(exercises.all()).allSatisfy(exercise -> {
			assertThat(exercise.steps()).hasSizeGreaterThanOrEqualTo(3);
			assertThat(exercise.keySteps()).hasSizeBetween(2, 3);
			assertThat(exercise.cues()).isNotEmpty();
			assertThat(exercise.summary()).isNotBlank().hasSizeLessThanOrEqualTo(160);
			assertThat(exercise.keyCue()).isNotBlank().hasSizeLessThanOrEqualTo(90);
			assertThat(exercise.targets()).isNotBlank();
			assertThat(exercise.whyItHelps()).isNotBlank();
			assertThat(exercise.whenToStop()).isNotBlank();
			assertThat(exercise.causeIds()).isNotEmpty();
		});
	}

	@Test
	void bandedAsAreDosedAsFiveSecondsOutAndFiveBack() {
		assertThat(exercises.find("banded-as")).get().satisfies(bandedAs -> {
			assertThat(bandedAs.kind()).isEqualTo(ExerciseKind.STRENGTH);
			assertThat(bandedAs.doses()).singleElement().satisfies(dose -> {
				assertThat(dose.tempoOutSeconds()).isEqualTo(5);
				assertThat(dose.tempoBackSeconds()).isEqualTo(5);
				assertThat(dose.reps()).as("the sources give no rep count").isNull();
			});
			assertThat(bandedAs.substitutes()).anySatisfy(s -> assertThat(s).containsIgnoringCase("banister"));
		});
	}

	@Test
	void doubleChinsOfferTenShortHoldsOrOneLongHold() {
		assertThat(exercises.find("double-chins")).get().satisfies(doubleChins -> {
			assertThat(doubleChins.doses()).hasSize(2);
			assertThat(doubleChins.doses().get(0)).extracting(Dose::reps, Dose::holdMinSeconds, Dose::holdMaxSeconds)
				.containsExactly(10, 1, 2);
			assertThat(doubleChins.doses().get(1)).extracting(Dose::reps, Dose::holdMinSeconds, Dose::holdMaxSeconds)
				.containsExactly(null, 20, 30);
			assertThat(doubleChins.commonMistake()).containsIgnoringCase("tuck");
			assertThat(doubleChins.feedingBreak()).isTrue();
		});
	}

	@Test
	void exercisesWithoutADoseInTheSourcesHaveNone() {
		assertThat(exercises.all()).filteredOn(e -> e.doses().isEmpty())
			.extracting(ExerciseView::slug)
			.containsExactlyInAnyOrder("thread-the-needle", "thoracic-roll-out", "couch-stretch");
	}

	@Test
	void onlyWallOrSeatedExercisesFitAFeedingBreak() {
		assertThat(exercises.all()).filteredOn(ExerciseView::feedingBreak)
			.extracting(ExerciseView::slug)
			.containsExactly("double-chins", "couch-stretch");
		assertThat(exercises.all()).filteredOn(ExerciseView::feedingBreak)
			.allSatisfy(e -> assertThat(e.feedingBreakNote()).isNotBlank());
	}

}
