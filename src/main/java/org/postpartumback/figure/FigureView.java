package org.postpartumback.figure;

import java.util.List;

/**
 * A drawn figure, ready for a page: its positions in loop order, each tied to the step it shows, with the SVG shapes
 * already written. {@code motion} holds the CSS classes that pick the loop (number of positions and its length), or
 * {@code fig-strip} for small figures that stand side by side. {@code summary} is the whole movement in one picture:
 * the end position over the outline of the start, with the arrow between.
 */
public record FigureView(String id, String description, String motion, String viewBox, List<Frame> frames,
		Frame summary) {

	public FigureView {
		frames = List.copyOf(frames);
	}

	/** The first position, shown alone as a thumbnail. */
	public Frame start() {
		return frames.get(0);
	}

	/** The last position. */
	public Frame end() {
		return frames.get(frames.size() - 1);
	}

	/** Small figures side by side, one per movement, rather than one figure in a loop. */
	public boolean strip() {
		return motion.startsWith("fig-strip");
	}

	/** One position: the step number it shows, what it shows in words, and its SVG shapes. */
	public record Frame(int step, String caption, String shapes, Drawing drawing) {
	}

}
