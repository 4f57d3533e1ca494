package org.postpartumback.figure;

import java.util.ArrayList;
import java.util.List;

import org.postpartumback.figure.Shape.Blob;
import org.postpartumback.figure.Shape.Disc;
import org.postpartumback.figure.Shape.Stroke;

/**
 * The solid part of a prop, as drawn, for checking that no body part is drawn inside one: a box (couch, chair, stool,
 * wall, anchor post, banister post, the floor) or a disc (roller, ball). From the front or behind only what stands beyond the body in
 * the picture's depth and must not hide it (the anchor post) and the floor count: a stool there is under the body.
 */
record Solid(String name, double x1, double y1, double x2, double y2, Point centre, double radius) {

	static Solid box(String name, double x1, double y1, double x2, double y2) {
		return new Solid(name, x1, y1, x2, y2, null, 0);
	}

	static Solid disc(String name, double x, double y, double radius) {
		return new Solid(name, 0, 0, 0, 0, new Point(x, y), radius);
	}

	static List<Solid> of(Pose pose) {
		List<Solid> solids = new ArrayList<>();
		boolean side = pose.view().side();
		for (Prop prop : pose.props()) {
			double x = prop.x();
			double y = prop.y();
			double size = prop.size();
			switch (prop.kind()) {
				case ANCHOR -> solids.add(box("anchor", x - 2.2, 0, x + 2.2, size));
				case POST -> solids.add(box("banister post", x - 2.6, y, x + 2.6, y + size));
				case ROLLER -> solids.add(disc("roller", x, y, size));
				case BALL -> solids.add(disc("ball", x, y, size));
				case WALL -> solids.add(box("wall", x - 3, 0, x, size));
				case COUCH -> {
					solids.add(box("couch seat", x, 0, x + size, y));
					solids.add(box("couch back", x + size - 9, 0, x + size, y + 24));
				}
				case CHAIR -> {
					if (side) {
						solids.add(box("chair seat", x, y - 3, x + size, y));
						solids.add(box("chair back", x - 1, 0, x + 2, y + 32));
					}
				}
				case STOOL -> {
					if (side) {
						solids.add(box("stool seat", x - size / 2, y - 3, x + size / 2, y));
					}
				}
				default -> {
				}
			}
		}
		// The ground line is drawn 2 thick, its middle 1 below zero: a knee or a heel may rest on it.
		solids.add(box("floor", -1000, -100, 1000, -1));
		return solids;
	}

	/** How deep the shape reaches into the solid (negative: how far it stays from it). */
	static double depth(Solid solid, Shape shape) {
		double deepest = -Double.MAX_VALUE;
		if (shape instanceof Stroke stroke) {
			for (Point p : along(stroke.points(), false)) {
				deepest = Math.max(deepest, stroke.width() / 2 - solid.distance(p));
			}
		}
		else if (shape instanceof Blob blob) {
			for (Point p : along(blob.points(), true)) {
				deepest = Math.max(deepest, blob.rounding() / 2 - solid.distance(p));
			}
		}
		else if (shape instanceof Disc disc) {
			deepest = disc.radius() - solid.distance(disc.centre());
		}
		return deepest;
	}

	private static List<Point> along(List<Point> points, boolean closed) {
		List<Point> samples = new ArrayList<>();
		int n = points.size();
		for (int i = 0; i < (closed ? n : n - 1); i++) {
			Point a = points.get(i);
			Point b = points.get((i + 1) % n);
			int steps = Math.max(1, (int) Math.ceil(a.distance(b) / 0.5));
			for (int k = 0; k <= steps; k++) {
				double t = (double) k / steps;
				samples.add(new Point(a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y())));
			}
		}
		if (n == 1) {
			samples.add(points.get(0));
		}
		return samples;
	}

	/** Signed distance from a point to the solid: negative inside. */
	double distance(Point p) {
		if (centre != null) {
			return p.distance(centre) - radius;
		}
		double dx = Math.max(x1 - p.x(), p.x() - x2);
		double dy = Math.max(y1 - p.y(), p.y() - y2);
		if (dx <= 0 && dy <= 0) {
			return Math.max(dx, dy);
		}
		return Math.hypot(Math.max(dx, 0), Math.max(dy, 0));
	}

}
