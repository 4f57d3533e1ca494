package org.postpartumback.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.postpartumback.exercise.Dose;
import org.postpartumback.exercise.ExerciseView;
import org.postpartumback.relief.ReliefTechniqueView;
import org.postpartumback.routine.Routine;

/**
 * Turns a routine into the steps of a guided session. Timers follow the doses of the content and nothing else: a
 * step whose source gives no number gets an open timer, never a made-up one.
 */
public final class Sessions {

	private final Map<String, Timer> reliefTimers;

	private final Set<String> oneSided;

	public Sessions(Map<String, Timer> reliefTimers, Set<String> oneSided) {
		this.reliefTimers = Map.copyOf(reliefTimers);
		this.oneSided = Set.copyOf(oneSided);
	}

	public List<SessionStep> steps(Routine routine) {
		List<SessionStep> steps = new ArrayList<>();
		for (ReliefTechniqueView warmUp : routine.warmUps()) {
			steps.add(new SessionStep(steps.size() + 1, warmUp.slug(), warmUp.name(), warmUp.path(), null, warmUp,
					warmUp.steps(), List.of(), null,
					List.of(reliefTimers.getOrDefault(warmUp.slug(), Timer.open())), false));
		}
		for (ExerciseView exercise : routine.exercises()) {
			steps.add(new SessionStep(steps.size() + 1, exercise.slug(), exercise.name(), exercise.path(), exercise,
					null, exercise.keySteps().stream().map(ExerciseView.Step::text).toList(), exercise.cues(),
					exercise.whenToStop(), timers(exercise), oneSided.contains(exercise.slug())));
		}
		return List.copyOf(steps);
	}

	static List<Timer> timers(ExerciseView exercise) {
		List<Timer> timers = exercise.doses().stream().map(Sessions::timer).toList();
		return timers.isEmpty() ? List.of(Timer.open()) : timers;
	}

	private static Timer timer(Dose dose) {
		if (dose.hasTempo()) {
			return Timer.tempo(dose.tempoOutSeconds(), dose.tempoBackSeconds());
		}
		if (dose.hasHold()) {
			int max = dose.holdMaxSeconds() != null ? dose.holdMaxSeconds() : dose.holdMinSeconds();
			return Timer.hold(dose.reps(), dose.holdMinSeconds(), max);
		}
		if (dose.hasReps()) {
			return Timer.count(dose.reps(), List.of());
		}
		return Timer.open();
	}

}
