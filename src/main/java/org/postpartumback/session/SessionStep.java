package org.postpartumback.session;

import java.util.List;

import org.postpartumback.exercise.ExerciseView;
import org.postpartumback.relief.ReliefTechniqueView;

/**
 * One step of a guided session: an exercise or a relief technique, what to do, how it is timed and when to stop.
 * Exactly one of {@code exercise} and {@code relief} is set. {@code stop} is {@code null} when the content has no
 * stop line of its own (the page then shows the general one).
 */
public record SessionStep(int number, String slug, String name, String path, ExerciseView exercise,
		ReliefTechniqueView relief, List<String> instructions, List<String> cues, String stop, List<Timer> timers,
		boolean switchSides) {

	public SessionStep {
		instructions = List.copyOf(instructions);
		cues = List.copyOf(cues);
		timers = List.copyOf(timers);
	}

	/** The number of sides the step is done on, for the player's {@code data-sides}. */
	public int sides() {
		return switchSides ? 2 : 1;
	}

}
