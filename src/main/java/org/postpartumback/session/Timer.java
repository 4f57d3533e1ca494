package org.postpartumback.session;

import java.util.List;

/**
 * One way to time a step, with only the numbers its source gives; {@code null} where it gives none. The reader
 * picks when a step has more than one (10 short holds, or one long hold).
 */
public record Timer(TimerKind kind, Integer outSeconds, Integer backSeconds, Integer reps, Integer holdMinSeconds,
		Integer holdMaxSeconds, Integer alertMinutes, Integer endMinutes, Integer stopMinutes, Integer eachCount,
		List<String> movements) {

	public Timer {
		movements = List.copyOf(movements);
	}

	static Timer tempo(int outSeconds, int backSeconds) {
		return new Timer(TimerKind.TEMPO, outSeconds, backSeconds, null, null, null, null, null, null, null, List.of());
	}

	static Timer hold(Integer reps, int minSeconds, int maxSeconds) {
		return new Timer(TimerKind.HOLD, null, null, reps, minSeconds, maxSeconds, null, null, null, null, List.of());
	}

	static Timer minutes(int alertMinutes, int endMinutes, Integer stopMinutes) {
		return new Timer(TimerKind.MINUTES, null, null, null, null, null, alertMinutes, endMinutes, stopMinutes, null,
				List.of());
	}

	static Timer count(int eachCount, List<String> movements) {
		return new Timer(TimerKind.COUNT, null, null, null, null, null, null, null, null, eachCount, movements);
	}

	static Timer open() {
		return new Timer(TimerKind.OPEN, null, null, null, null, null, null, null, null, null, List.of());
	}

	/** True for one hold rather than a number of them. */
	public boolean singleHold() {
		return kind == TimerKind.HOLD && (reps == null || reps == 1);
	}

}
