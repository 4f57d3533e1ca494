package org.postpartumback.figure;

/** A point in the figure's plane, in hundredths of standing height, y up from the ground. */
public record Point(double x, double y) {

	Point plus(double dx, double dy) {
		return new Point(x + dx, y + dy);
	}

	/** The point {@code length} away in the direction of {@code degrees} (0 down, 90 forward, 180 up). */
	Point toward(double degrees, double length) {
		double radians = Math.toRadians(degrees);
		return new Point(x + length * Math.sin(radians), y - length * Math.cos(radians));
	}

	double distance(Point other) {
		return Math.hypot(other.x - x, other.y - y);
	}

}
