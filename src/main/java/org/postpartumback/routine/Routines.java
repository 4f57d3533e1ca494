package org.postpartumback.routine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.postpartumback.exercise.ExerciseView;
import org.postpartumback.exercise.Exercises;
import org.postpartumback.relief.Relief;
import org.postpartumback.relief.ReliefTechniqueView;
import org.postpartumback.errors.BadRequestException;
import org.springframework.util.MultiValueMap;

/**
 * Reads a routine from request parameters and knows the ready-made routines. Nothing is stored: the routine lives
 * entirely in its URL.
 */
public class Routines {

	/** More choices than this is not a routine but a malformed or hostile URL. */
	static final int MAX_CHOICES = 24;

	/** Ignored choices are shown back shortened to this many characters. */
	static final int MAX_SHOWN_LENGTH = 40;

	private final Exercises exercises;

	private final Relief relief;

	Routines(Exercises exercises, Relief relief) {
		this.exercises = exercises;
		this.relief = relief;
	}

	/**
	 * The routine the parameters ask for. Repeats collapse, blanks are skipped, unknown choices are set aside to be
	 * mentioned, and other parameters are ignored.
	 * @throws TooManyChoicesException when the parameters carry more than {@link #MAX_CHOICES} choices
	 */
	public Routine parse(MultiValueMap<String, String> parameters) {
		List<String> warmUpSlugs = parameters.getOrDefault(Routine.WARM_UP_PARAM, List.of());
		List<String> exerciseSlugs = parameters.getOrDefault(Routine.EXERCISE_PARAM, List.of());
		if (warmUpSlugs.size() + exerciseSlugs.size() > MAX_CHOICES) {
			throw new TooManyChoicesException();
		}
		Set<String> wanted = new LinkedHashSet<>();
		Set<String> ignored = new LinkedHashSet<>();
		warmUpSlugs.forEach(slug -> sort(slug, warmUp(slug) != null, wanted, ignored, Routine.WARM_UP_PARAM));
		exerciseSlugs.forEach(slug -> sort(slug, exercises.find(slug.strip()).isPresent(), wanted, ignored,
				Routine.EXERCISE_PARAM));
		List<ReliefTechniqueView> warmUps = relief.atHome()
			.stream()
			.filter(warmUp -> wanted.contains(Routine.WARM_UP_PARAM + ":" + warmUp.slug()))
			.toList();
		List<ExerciseView> chosen = exercises.all()
			.stream()
			.filter(exercise -> wanted.contains(Routine.EXERCISE_PARAM + ":" + exercise.slug()))
			.toList();
		return new Routine(warmUps, chosen, new ArrayList<>(ignored));
	}

	private static void sort(String raw, boolean known, Set<String> wanted, Set<String> ignored, String kind) {
		String slug = raw.strip();
		if (slug.isEmpty()) {
			return;
		}
		if (known) {
			wanted.add(kind + ":" + slug);
		}
		else {
			ignored.add(slug.length() > MAX_SHOWN_LENGTH ? slug.substring(0, MAX_SHOWN_LENGTH) + "…" : slug);
		}
	}

	private ReliefTechniqueView warmUp(String slug) {
		return relief.atHome().stream().filter(t -> t.slug().equals(slug.strip())).findFirst().orElse(null);
	}

	/** Every warm-up and every exercise. */
	public Routine full() {
		return new Routine(relief.beforeExercises(), exercises.all(), List.of());
	}

	/** The exercises that can be done seated or against a wall, for a feeding break. */
	Routine feedingBreak() {
		return new Routine(List.of(), exercises.all().stream().filter(ExerciseView::feedingBreak).toList(), List.of());
	}

	/**
	 * Every routine a "Do it with me" link starts: each ready-made routine, each exercise alone and each technique done
	 * at home alone (the service worker keeps their guided sessions).
	 */
	public List<Routine> withSessionLinks() {
		List<Routine> all = new ArrayList<>(List.of(full(), feedingBreak()));
		exercises.all().forEach(exercise -> all.add(new Routine(List.of(), List.of(exercise), List.of())));
		relief.atHome().forEach(technique -> all.add(new Routine(List.of(technique), List.of(), List.of())));
		return List.copyOf(all);
	}

	/** What a routine may ease the pain with first: every technique done at home (the full routine has two). */
	List<ReliefTechniqueView> warmUps() {
		return relief.atHome();
	}

	List<ExerciseView> exercises() {
		return exercises.all();
	}

	/**
	 * Every routine the guide's own choices can make (each set of warm-ups and exercises, the empty one included): the
	 * routines with a canonical address.
	 */
	public List<Routine> everyChoice() {
		List<Routine> all = new ArrayList<>();
		List<ReliefTechniqueView> warmUps = relief.beforeExercises();
		List<ExerciseView> allExercises = exercises.all();
		for (long set = 0; set < 1L << (warmUps.size() + allExercises.size()); set++) {
			long chosen = set;
			List<ReliefTechniqueView> someWarmUps = warmUps.stream()
				.filter(warmUp -> (chosen >> warmUps.indexOf(warmUp) & 1) == 1)
				.toList();
			List<ExerciseView> someExercises = allExercises.stream()
				.filter(exercise -> (chosen >> (warmUps.size() + allExercises.indexOf(exercise)) & 1) == 1)
				.toList();
			all.add(new Routine(someWarmUps, someExercises, List.of()));
		}
		return all;
	}

	/** Thrown when a routine URL carries more choices than any real routine can. */
	static class TooManyChoicesException extends BadRequestException {

		TooManyChoicesException() {
			super("routine.error.tooMany", MAX_CHOICES);
		}

	}

}
