package org.postpartumback.exercise;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The guide's exercises in their order, read once at start-up. Content changes only with a new release, so pages
 * read this immutable catalogue instead of the database.
 */
public final class Exercises {

	private final List<ExerciseView> all;

	private final Map<String, ExerciseView> bySlug;

	private final Map<String, String> formerSlugs;

	private final Map<ExerciseKind, List<ExerciseView>> byKind;

	public Exercises(List<ExerciseView> all, Map<String, String> formerSlugs) {
		this.all = List.copyOf(all);
		this.bySlug = this.all.stream()
			.collect(Collectors.toMap(ExerciseView::slug, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.formerSlugs = Map.copyOf(formerSlugs);
		this.byKind = Collections.unmodifiableMap(this.all.stream()
			.collect(Collectors.groupingBy(ExerciseView::kind, () -> new EnumMap<>(ExerciseKind.class),
					Collectors.toUnmodifiableList())));
	}

	public List<ExerciseView> all() {
		return all;
	}

	/** The exercises grouped by kind, kinds in their natural order. */
	public Map<ExerciseKind, List<ExerciseView>> byKind() {
		return byKind;
	}

	public Optional<ExerciseView> find(String slug) {
		return Optional.ofNullable(bySlug.get(slug));
	}

	/** The current slug of an exercise that was once published under {@code formerSlug}. */
	public Optional<String> currentSlugOf(String formerSlug) {
		return Optional.ofNullable(formerSlugs.get(formerSlug));
	}

	public Optional<ExerciseView> previous(ExerciseView exercise) {
		int index = all.indexOf(exercise);
		return index > 0 ? Optional.of(all.get(index - 1)) : Optional.empty();
	}

	public Optional<ExerciseView> next(ExerciseView exercise) {
		int index = all.indexOf(exercise);
		return index >= 0 && index < all.size() - 1 ? Optional.of(all.get(index + 1)) : Optional.empty();
	}

}
