package org.postpartumback.exercise;

/**
 * One way to dose an exercise. Every number is optional: the guide shows only what its sources give.
 */
public record Dose(Integer reps, Integer holdMinSeconds, Integer holdMaxSeconds, Integer tempoOutSeconds,
		Integer tempoBackSeconds, String note) {

	public boolean hasReps() {
		return reps != null;
	}

	public boolean hasHold() {
		return holdMinSeconds != null;
	}

	/** True when the hold is a range such as 1–2 seconds rather than one number. */
	public boolean holdIsRange() {
		return holdMaxSeconds != null && !holdMaxSeconds.equals(holdMinSeconds);
	}

	public boolean hasTempo() {
		return tempoOutSeconds != null && tempoBackSeconds != null;
	}

}
