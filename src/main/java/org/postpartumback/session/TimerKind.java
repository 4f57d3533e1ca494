package org.postpartumback.session;

/** How the session times a step; the player reads it from the step's {@code data-timer} attribute. */
public enum TimerKind {

	/** A steady pace, such as about 5 seconds out and 5 seconds back, with no target number of turns. */
	TEMPO,
	/** Holds of a given length, one or several. */
	HOLD,
	/** Minutes, with an alert at the low end of the range, at its high end, and a hard stop where there is one. */
	MINUTES,
	/** A number of times for each named movement, counted by the reader. */
	COUNT,
	/** No count in the sources: take your time, with an optional stopwatch. */
	OPEN;

	/** The value of the {@code data-timer} attribute. */
	public String attribute() {
		return name().toLowerCase();
	}

}
