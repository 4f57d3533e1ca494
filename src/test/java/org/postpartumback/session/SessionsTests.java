package org.postpartumback.session;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.postpartumback.exercise.Dose;
import org.postpartumback.exercise.ExerciseKind;
import org.postpartumback.exercise.ExerciseView;
import org.postpartumback.relief.Category;
import org.postpartumback.relief.ReliefTechniqueView;
import org.postpartumback.routine.Routine;

import static org.assertj.core.api.Assertions.assertThat;

/** A session's timers come from the doses and nothing else: a dose with no number gets an open timer. */
class SessionsTests {

	private static final ReliefTechniqueView HEAT = new ReliefTechniqueView("heat", Category.AT_HOME, "Heat",
			"Warm the back.", "10 to 15 minutes", null, true, List.of("Warm it.", "Rest."), 2);

	private static final ReliefTechniqueView BALL = new ReliefTechniqueView("ball", Category.AT_HOME, "Ball",
			"Press a ball.", null, null, false, List.of("Lean on it."), 2);

	private final Sessions sessions = new Sessions(Map.of("heat", Timer.minutes(10, 15, 20)), Set.of("twist"));

	@Test
	void eachDoseGetsTheTimerOfItsOwnNumbers() {
		ExerciseView exercise = exercise("press", new Dose(null, null, null, 5, 4, null),
				new Dose(10, 1, 2, null, null, null), new Dose(null, 20, null, null, null, null), new Dose(12, null, null, null, null, null),
				new Dose(null, null, null, 5, null, "slowly"));
		assertThat(Sessions.timers(exercise)).containsExactly(
				new Timer(TimerKind.TEMPO, 5, 4, null, null, null, null, null, null, null, List.of()),
				new Timer(TimerKind.HOLD, null, null, 10, 1, 2, null, null, null, null, List.of()),
				new Timer(TimerKind.HOLD, null, null, null, 20, 20, null, null, null, null, List.of()),
				new Timer(TimerKind.COUNT, null, null, null, null, null, null, null, null, 12, List.of()),
				new Timer(TimerKind.OPEN, null, null, null, null, null, null, null, null, null, List.of()));
	}

	@Test
	void aReliefTimerIsMinutesWithItsAlertEndAndStopOrACountOfItsMovements() {
		assertThat(Timer.minutes(10, 15, null))
			.isEqualTo(new Timer(TimerKind.MINUTES, null, null, null, null, null, 10, 15, null, null, List.of()));
		assertThat(Timer.count(5, List.of("Up", "Down")))
			.isEqualTo(new Timer(TimerKind.COUNT, null, null, null, null, null, null, null, null, 5,
					List.of("Up", "Down")));
		assertThat(TimerKind.MINUTES.attribute()).isEqualTo("minutes");
	}

	@Test
	void anExerciseWithNoDoseGetsAnOpenTimerNeverAMadeUpOne() {
		assertThat(Sessions.timers(exercise("press"))).containsExactly(Timer.open());
	}

	@Test
	void oneHoldIsASingleHoldAndSeveralAreNot() {
		assertThat(Timer.hold(null, 20, 30).singleHold()).isTrue();
		assertThat(Timer.hold(1, 20, 30).singleHold()).isTrue();
		assertThat(Timer.hold(2, 1, 2).singleHold()).isFalse();
		assertThat(Timer.hold(10, 1, 2).singleHold()).isFalse();
		assertThat(Timer.count(1, List.of()).singleHold()).isFalse();
		assertThat(Timer.open().singleHold()).isFalse();
	}

	@Test
	void theStepsAreTheWarmUpsThenTheExercisesNumberedFromOne() {
		ExerciseView press = exercise("press", new Dose(10, 1, 2, null, null, null));
		ExerciseView twist = exercise("twist");
		List<SessionStep> steps = sessions.steps(new Routine(List.of(HEAT, BALL), List.of(press, twist), List.of()));
		assertThat(steps).extracting(SessionStep::number).containsExactly(1, 2, 3, 4);
		assertThat(steps).extracting(SessionStep::slug).containsExactly("heat", "ball", "press", "twist");
		assertThat(steps.get(0).timers()).containsExactly(Timer.minutes(10, 15, 20));
		assertThat(steps.get(0).instructions()).containsExactly("Warm it.", "Rest.");
		assertThat(steps.get(0).relief()).isEqualTo(HEAT);
		assertThat(steps.get(0).exercise()).isNull();
		assertThat(steps.get(1).timers()).containsExactly(Timer.open());
		assertThat(steps.get(2).timers()).containsExactly(Timer.hold(10, 1, 2));
		assertThat(steps.get(2).instructions()).containsExactly("Key step of press");
		assertThat(steps.get(2).cues()).containsExactly("Breathe.");
		assertThat(steps.get(2).stop()).isEqualTo("Stop if it hurts.");
		assertThat(steps.get(2).exercise()).isEqualTo(press);
		assertThat(steps).extracting(SessionStep::sides).containsExactly(1, 1, 1, 2);
	}

	private static ExerciseView exercise(String slug, Dose... doses) {
		return new ExerciseView(slug, 1, slug, ExerciseKind.MOBILITY, "", "", "", null, null,
				List.of(new ExerciseView.Step("Key step of " + slug, true), new ExerciseView.Step("Other step", false)),
				List.of("Breathe."), List.of(), List.of(doses), null, null, "Stop if it hurts.", false, null, List.of(),
				1);
	}

}
