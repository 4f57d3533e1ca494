package org.postpartumback.exercise;

/** What an exercise mainly does; the long-term plan groups exercises by it. */
public enum ExerciseKind {

	STRENGTH, MOBILITY, STRETCH;

	/** Message key of the kind's label. */
	public String labelKey() {
		return "exercise.kind." + name().toLowerCase();
	}

}
