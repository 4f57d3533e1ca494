package org.postpartumback.figure;

import java.util.Map;

/**
 * Every figure, read once at start-up, keyed by the slug of the exercise or relief technique it shows. Figures know
 * nothing of exercises or relief beyond their slugs, so those packages may use this one and not the other way round.
 */
public final class Figures {

	private final Map<String, FigureView> exercises;

	private final Map<String, FigureView> relief;

	public Figures(Map<String, FigureView> exercises, Map<String, FigureView> relief) {
		this.exercises = Map.copyOf(exercises);
		this.relief = Map.copyOf(relief);
	}

	public static Figures none() {
		return new Figures(Map.of(), Map.of());
	}

	/** The figure of an exercise, or {@code null} when it has none (templates then leave it out). */
	public FigureView exercise(String slug) {
		return exercises.get(slug);
	}

	/** The figure of a relief technique, or {@code null} when it has none. */
	public FigureView relief(String slug) {
		return relief.get(slug);
	}

	Map<String, FigureView> exercises() {
		return exercises;
	}

	Map<String, FigureView> relief() {
		return relief;
	}

}
