package org.postpartumback.session;

import org.postpartumback.language.TestLanguages;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.postpartumback.exercise.Dose;
import org.postpartumback.exercise.ExerciseKind;
import org.postpartumback.exercise.ExerciseView;
import org.postpartumback.relief.Category;
import org.postpartumback.relief.ReliefTechniqueView;
import org.postpartumback.routine.Routine;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The session's timers as the migrations seed them: the sources' doses and nothing more. */
@DataJpaTest
class SessionContentTests {

	private final Sessions sessions;

	SessionContentTests(ReliefTimerRepository reliefTimers, SideSwitchRepository sideSwitches) {
		this.sessions = new SessionContent().sessions(reliefTimers, sideSwitches, TestLanguages.ENGLISH_ONLY, TestLanguages.NONE).original();
	}

	@Test
	void heatAlertsAtTenMinutesEndsAtFifteenAndStopsAtTwenty() {
		assertThat(timers(relief("heat"))).containsExactly(Timer.minutes(10, 15, 20));
	}

	@Test
	void ballReleaseIsTwoToFiveMinutesWithNoStopBeyond() {
		assertThat(timers(relief("trigger-point-release"))).containsExactly(Timer.minutes(2, 5, null));
	}

	@Test
	void gentleMovementCountsTenOfEachMovementWithItsDirectionsNamed() {
		Timer timer = timers(relief("gentle-movement")).get(0);
		assertThat(timer.kind()).isEqualTo(TimerKind.COUNT);
		assertThat(timer.eachCount()).isEqualTo(10);
		assertThat(timer.movements()).containsExactly("Twist to the left, then to the right",
				"Round your upper back, then arch it", "Tilt to one side, then the other");
	}

	@Test
	void aReliefStepWithoutATimerIsOpen() {
		assertThat(timers(relief("professional-care"))).containsExactly(Timer.open());
	}

	@Test
	void onlyThreadTheNeedleSwitchesSides() {
		List<SessionStep> steps = sessions.steps(new Routine(List.of(),
				List.of(exercise("banded-as"), exercise("thread-the-needle"), exercise("couch-stretch")), List.of()));
		assertThat(steps).extracting(SessionStep::switchSides).containsExactly(false, true, false);
	}

	@Test
	void exercisesAreTimedFromTheirDosesAndAnOpenStepWithout() {
		assertThat(Sessions.timers(exercise("banded-as", new Dose(null, null, null, 5, 5, null))))
			.containsExactly(Timer.tempo(5, 5));
		assertThat(Sessions.timers(exercise("double-chins", new Dose(10, 1, 2, null, null, null),
				new Dose(null, 20, 30, null, null, null))))
			.containsExactly(Timer.hold(10, 1, 2), Timer.hold(null, 20, 30));
		assertThat(Sessions.timers(exercise("couch-stretch"))).containsExactly(Timer.open());
	}

	private List<Timer> timers(ReliefTechniqueView technique) {
		return sessions.steps(new Routine(List.of(technique), List.of(), List.of())).get(0).timers();
	}

	private static ReliefTechniqueView relief(String slug) {
		return new ReliefTechniqueView(slug, Category.AT_HOME, slug, "", null, null, true, List.of(), 2);
	}

	private static ExerciseView exercise(String slug, Dose... doses) {
		return new ExerciseView(slug, 1, slug, ExerciseKind.MOBILITY, "", "", "", null, null, List.of(), List.of(),
				List.of(), List.of(doses), "", null, null, false, null, List.of(), 1);
	}

}
