package org.postpartumback.figure;

import java.util.List;

/** One thing drawn: the same shapes are written as SVG for pages and painted with Java2D for preview images. */
public sealed interface Shape {

	Tone tone();

	/** A thick stroke with round ends and joins through the points: a limb, the neck, a band, the ground. */
	record Stroke(List<Point> points, double width, Tone tone) implements Shape {
	}

	/** A filled outline with rounded corners: the torso, a couch, a chair, a heat pad. */
	record Blob(List<Point> points, double rounding, Tone tone) implements Shape {
	}

	/** A filled circle: the head, a roller seen end-on, a ball. */
	record Disc(Point centre, double radius, Tone tone) implements Shape {
	}

}
