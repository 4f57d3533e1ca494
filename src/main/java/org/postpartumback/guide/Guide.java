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

	public record Step(String title, String body, String path) {
	}

	public record Warning(Urgency urgency, String text) {
	}

	public enum Urgency {

		EMERGENCY, CLINICIAN

	}

}
