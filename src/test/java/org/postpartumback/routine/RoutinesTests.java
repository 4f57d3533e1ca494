package org.postpartumback.routine;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.postpartumback.ContentFixtures;
import org.postpartumback.exercise.Exercises;
import org.postpartumback.relief.Relief;
import org.postpartumback.relief.ReliefTechniqueView;
import org.postpartumback.relief.Category;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Routines read from an address, and every routine the guide's own choices can make. */
class RoutinesTests {

	private static final ReliefTechniqueView WARMTH = new ReliefTechniqueView("warmth", Category.AT_HOME, "Warmth",
			"Warm the back.", "10 minutes", null, true, List.of("Warm it."), 2);

	private static final ReliefTechniqueView BALL = new ReliefTechniqueView("ball", Category.AT_HOME, "Ball",
			"Press a ball.", null, null, false, List.of("Lean on it."), 2);

	private final Routines routines = new Routines(
			new Exercises(List.of(ContentFixtures.PRESS, ContentFixtures.TWIST), Map.of()),
			new Relief(List.of(WARMTH, BALL), List.of()));

	@Test
	void everyChoiceIsEachSetOfTheRoutinesWarmUpsAndExercisesOnce() {
		List<Routine> all = routines.everyChoice();
		assertThat(all).hasSize(8);
		assertThat(all).extracting(Routine::path)
			.doesNotHaveDuplicates()
			.contains("/routine", "/routine?r=warmth", "/routine?e=wall-press", "/routine?e=floor-twist",
					"/routine?r=warmth&e=wall-press&e=floor-twist")
			.noneMatch(path -> path.contains("ball"));
		assertThat(all).extracting(Routine::stepCount).containsOnly(0, 1, 2, 3);
	}

	@Test
	void everyChoiceWithTwoWarmUpsHasEachOfThemInAndOut() {
		ReliefTechniqueView stretch = new ReliefTechniqueView("stretch", Category.AT_HOME, "Stretch", "Stretch.",
				null, null, true, List.of("Reach."), 2);
		Routines two = new Routines(new Exercises(List.of(ContentFixtures.PRESS, ContentFixtures.TWIST), Map.of()),
				new Relief(List.of(WARMTH, stretch), List.of()));
		List<Routine> all = two.everyChoice();
		assertThat(all).hasSize(16);
		assertThat(all).extracting(Routine::path)
			.doesNotHaveDuplicates()
			.contains("/routine?r=stretch", "/routine?r=warmth&r=stretch", "/routine?r=stretch&e=floor-twist",
					"/routine?r=warmth&r=stretch&e=wall-press&e=floor-twist");
	}

	@Test
	void theSessionLinksAreTheReadyRoutinesThenEachExerciseAndEachTechniqueAlone() {
		assertThat(routines.withSessionLinks()).extracting(Routine::sessionPath)
			.containsExactly("/routine/session?r=warmth&e=wall-press&e=floor-twist", "/routine/session?e=wall-press",
					"/routine/session?e=wall-press", "/routine/session?e=floor-twist", "/routine/session?r=warmth",
					"/routine/session?r=ball");
	}

	@Test
	void aRoutineCanEaseThePainWithEveryTechniqueDoneAtHomeThenHaveEveryExercise() {
		assertThat(routines.warmUps()).containsExactly(WARMTH, BALL);
		assertThat(routines.exercises()).containsExactly(ContentFixtures.PRESS, ContentFixtures.TWIST);
		assertThat(routines.full().warmUps()).containsExactly(WARMTH);
	}

	@Test
	void aRoutineCountsItsStepsAndSaysWhatItIncludes() {
		Routine routine = routines.parse(params("r", "ball", "e", "floor-twist"));
		assertThat(routine.stepCount()).isEqualTo(2);
		assertThat(routine.isEmpty()).isFalse();
		assertThat(routine.includes(ContentFixtures.TWIST)).isTrue();
		assertThat(routine.includes(ContentFixtures.PRESS)).isFalse();
		assertThat(routine.includes(BALL)).isTrue();
		assertThat(routine.includes(WARMTH)).isFalse();
		assertThat(routines.parse(params()).isEmpty()).isTrue();
	}

	@Test
	void aRoutinesPdfAddressPutsThePaperLast() {
		assertThat(routines.parse(params("e", "wall-press")).pdfPath("letter"))
			.isEqualTo("/routine/print.pdf?e=wall-press&paper=letter");
		assertThat(routines.parse(params()).pdfPath("a4")).isEqualTo("/routine/print.pdf?paper=a4");
	}

	@Test
	void twentyFourChoicesAreReadAndTwentyFiveAreTooMany() {
		String[] twentyFour = new String[48];
		for (int i = 0; i < 24; i++) {
			twentyFour[2 * i] = (i % 2 == 0) ? "e" : "r";
			twentyFour[2 * i + 1] = "x" + i;
		}
		assertThat(routines.parse(params(twentyFour)).ignored()).hasSize(24);
		String[] twentyFive = java.util.Arrays.copyOf(twentyFour, 50);
		twentyFive[48] = "e";
		twentyFive[49] = "wall-press";
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> routines.parse(params(twentyFive)))
			.isInstanceOf(Routines.TooManyChoicesException.class);
	}

	@Test
	void anUnknownChoiceIsShownCutToItsLimitWithAnEllipsis() {
		String longest = "y".repeat(Routines.MAX_SHOWN_LENGTH);
		Routine routine = routines.parse(params("e", longest, "e", longest + "z"));
		assertThat(routine.ignored()).containsExactly(longest, longest + "…");
	}

	private static LinkedMultiValueMap<String, String> params(String... namesAndValues) {
		LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return params;
	}

}
