package org.postpartumback.exercise;

import java.util.List;

/** Everything a page, a routine or a printout shows of one exercise. Immutable. */
public record ExerciseView(String slug, int position, String name, ExerciseKind kind, String summary, String targets,
		String whyItHelps, String equipment, String startingPosition, List<Step> steps, List<String> cues,
		List<String> substitutes, List<Dose> doses, String keyCue, String commonMistake, String whenToStop,
		boolean feedingBreak, String feedingBreakNote, List<Integer> causeIds, int sourceId) {

	public ExerciseView {
		steps = List.copyOf(steps);
		cues = List.copyOf(cues);
		substitutes = List.copyOf(substitutes);
		doses = List.copyOf(doses);
		causeIds = List.copyOf(causeIds);
	}

	/** The path of the exercise's own page. */
	public String path() {
		return "/exercises/" + slug;
	}

	/** The steps a one-page printout keeps. */
	public List<Step> keySteps() {
		return steps.stream().filter(Step::key).toList();
	}

	public record Step(String text, boolean key) {
	}

}
