package org.postpartumback.figure;

import java.util.List;

/** The shapes of one pose, back to front, and the box that holds every pose of its figure. */
public record Drawing(List<Shape> shapes, double minX, double minY, double maxX, double maxY) {

	public Drawing {
		shapes = List.copyOf(shapes);
	}

	public double width() {
		return maxX - minX;
	}

	public double height() {
		return maxY - minY;
	}

}
