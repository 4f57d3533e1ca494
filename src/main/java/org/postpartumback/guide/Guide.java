package org.postpartumback.guide;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The guide as a whole: its sources, when its content was last reviewed, the order to do things in and the signs
 * that call for help. Read once at start-up.
 */
public record Guide(List<SourceView> sources, LocalDate reviewedOn, List<Step> plan, List<Warning> warnings) {

	public Guide {
		sources = List.copyOf(sources);
		plan = List.copyOf(plan);
		warnings = List.copyOf(warnings);
	}

	public Optional<SourceView> source(int id) {
		return sources.stream().filter(source -> source.id() == id).findFirst();
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
