package org.postpartumback.guide;

import java.util.List;

/** The order to do things in and the signs that call for help. Read once at start-up. */
public record Guide(List<Step> plan, List<Warning> warnings) {

	public Guide {
		plan = List.copyOf(plan);
		warnings = List.copyOf(warnings);
	}

	public List<Warning> warnings(Urgency urgency) {
		return warnings.stream().filter(warning -> warning.urgency() == urgency).toList();
	}

	/** The signs a printout carries, in short form: every emergency sign and the main urgent ones. */
	public List<Warning> printed(Urgency urgency) {
		return warnings(urgency).stream().filter(warning -> warning.printText() != null).toList();
	}

	/** The three levels, most urgent first, each with its signs in order. */
	public List<Level> levels() {
		return java.util.Arrays.stream(Urgency.values()).map(urgency -> new Level(urgency, warnings(urgency))).toList();
	}

	public record Level(Urgency urgency, List<Warning> signs) {
	}

	public record Step(String title, String body, String path) {
	}

	/**
	 * @param printText the short form for the printout, or {@code null} when the sign is left to the full list
	 */
	public record Warning(Urgency urgency, String text, String printText) {

		public Warning(Urgency urgency, String text) {
			this(urgency, text, null);
		}

	}

	/** The three levels, most urgent first; each has a heading and an action in the messages. */
	public enum Urgency {

		/** Call the emergency number now. */
		EMERGENCY,
		/** Call the midwife, the doctor or the maternity unit now, day or night; the emergency department if not reached. */
		URGENT,
		/** Make an appointment. */
		APPOINTMENT;

		/** The message key prefix of the level, for example {@code help.level.emergency}. */
		public String key() {
			return "help.level." + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
