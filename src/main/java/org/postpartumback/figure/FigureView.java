package org.postpartumback.figure;

import java.util.List;

/**
 * A drawn figure, ready for a page: its positions in loop order, each tied to the step it shows, with the SVG shapes
 * already written. {@code motion} holds the CSS classes that pick the loop (number of positions and its length).
 */
public record FigureView(String id, String description, String motion, String viewBox, List<Frame> frames) {

	public FigureView {
		frames = List.copyOf(frames);
	}

	/** The first position, shown alone as a thumbnail and on the preview image. */
	public Frame start() {
		return frames.get(0);
	}

	/** The last position: with the first, the start → end pair of the printout. */
	public Frame end() {
		return frames.get(frames.size() - 1);
	}

	/** One position: the step number it shows, what it shows in words, and its SVG shapes. */
	public record Frame(int step, String caption, String shapes, Drawing drawing) {
	}

}
