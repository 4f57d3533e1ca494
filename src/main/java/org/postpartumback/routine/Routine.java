package org.postpartumback.routine;

import java.util.Arrays;
import java.util.List;

import org.postpartumback.exercise.ExerciseView;
import org.postpartumback.relief.ReliefTechniqueView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A routine as chosen in its URL: the relief steps that go first, then the exercises, both in the guide's order.
 * {@code ignored} holds what the URL asked for that the guide does not know, shortened for display.
 */
public record Routine(List<ReliefTechniqueView> warmUps, List<ExerciseView> exercises, List<String> ignored) {

	public static final String WARM_UP_PARAM = "r";

	public static final String EXERCISE_PARAM = "e";

	public static final String PDF_PATH = "/routine/print.pdf";

	public static final String PAPER_PARAM = "paper";

	public static final String REMINDER_PATH = "/routine/reminder.ics";

	public static final String TIME_PARAM = "time";

	/** The paper sizes a routine's PDF is made for, as the values of its {@code paper} parameter. */
	public static final List<String> PAPERS = Arrays.stream(Paper.values()).map(Paper::parameter).toList();

	public Routine {
		warmUps = List.copyOf(warmUps);
		exercises = List.copyOf(exercises);
		ignored = List.copyOf(ignored);
	}

	public boolean isEmpty() {
		return warmUps.isEmpty() && exercises.isEmpty();
	}

	public int stepCount() {
		return warmUps.size() + exercises.size();
	}

	/** The routine's own page, with its choices in a normal order: the same routine always has the same URL. */
	public String path() {
		return path("/routine");
	}

	public String printPath() {
		return path("/routine/print");
	}

	/** The guided session of this routine: one step at a time, with its timer. */
	/** The routine's PDF on one paper size, with its choices in the guide's order and the paper last. */
	public String pdfPath(String paper) {
		String query = printPath().substring("/routine/print".length());
		return PDF_PATH + (query.isEmpty() ? "?" : query + "&") + PAPER_PARAM + "=" + paper;
	}

	public String sessionPath() {
		return path("/routine/session");
	}

	private String path(String base) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base);
		warmUps.forEach(warmUp -> uri.queryParam(WARM_UP_PARAM, warmUp.slug()));
		exercises.forEach(exercise -> uri.queryParam(EXERCISE_PARAM, exercise.slug()));
		return uri.encode().build().toUriString();
	}

	public boolean includes(ExerciseView exercise) {
		return exercises.contains(exercise);
	}

	public boolean includes(ReliefTechniqueView warmUp) {
		return warmUps.contains(warmUp);
	}

}
