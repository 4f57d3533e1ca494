package org.postpartumback.exercise;


/**
 * A part of the long-term plan. {@code exerciseKind} is {@code STRENGTH} for the strength goal and {@code MOBILITY}
 * for the mobility goal, which the mobility and stretch exercises both serve.
 */
public record Goal(String title, String body, ExerciseKind exerciseKind, int sourceId) {

	public boolean servedBy(ExerciseKind kind) {
		return exerciseKind == ExerciseKind.STRENGTH ? kind == ExerciseKind.STRENGTH : kind != ExerciseKind.STRENGTH;
	}

}
