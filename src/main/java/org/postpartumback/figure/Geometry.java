package org.postpartumback.figure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.postpartumback.figure.Shape.Blob;
import org.postpartumback.figure.Shape.Disc;
import org.postpartumback.figure.Shape.Stroke;

/**
 * Turns the poses of one figure into drawings, all in one box so that its positions line up: for each, the props
 * behind, the faint start and the body ({@link BodyShapes}, {@link HeadShapes}), the props in front
 * ({@link PropShapes}) and the arrow of the movement ({@link Movement}).
 */
final class Geometry {

	private static final double MARGIN = 3;

	/** A position to draw, over the faint outline of the one it comes from ({@code ghost}, or null). */
	record Scene(Pose pose, Pose ghost) {
	}

	/** Every scene in one box, so that the positions of a figure line up when stacked. */
	static List<Drawing> draw(List<Scene> scenes, Set<String> highlight) {
		Set<Segment> moving = moving(highlight);
		List<List<Shape>> all = new ArrayList<>();
		double minX = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double minY = 0;
		double maxY = 0;
		for (Scene scene : scenes) {
			List<Shape> shapes = shapes(scene, moving, highlight);
			for (Shape shape : shapes) {
				for (double[] box : extent(shape)) {
					minX = Math.min(minX, box[0]);
					maxX = Math.max(maxX, box[1]);
					maxY = Math.max(maxY, box[2]);
					minY = Math.min(minY, box[3]);
				}
			}
			all.add(shapes);
		}
		double left = minX - MARGIN;
		double right = maxX + MARGIN;
		List<Drawing> drawings = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			List<Shape> withGround = new ArrayList<>();
			// A floor mat seen from above stands for the ground; otherwise the ground is a line.
			if (scenes.get(i).pose().props().stream().noneMatch(prop -> prop.kind() == Prop.Kind.MAT)) {
				withGround.add(new Stroke(List.of(new Point(left + 1, -1), new Point(right - 1, -1)), 2, Tone.GROUND));
			}
			withGround.addAll(all.get(i));
			drawings.add(new Drawing(withGround, left, Math.min(-MARGIN, minY - 1), right, maxY + MARGIN));
		}
		return drawings;
	}

	/** The bones of the parts named, e.g. {@code NEAR_ARM} or {@code TRUNK}: the part the reader should follow. */
	static Set<Segment> moving(Set<String> highlight) {
		Set<Segment> moving = EnumSet.noneOf(Segment.class);
		for (Segment segment : Segment.values()) {
			if (highlight.contains(segment.part())) {
				moving.add(segment);
			}
		}
		return moving;
	}

	private static List<Shape> shapes(Scene scene, Set<Segment> moving, Set<String> highlight) {
		Pose pose = scene.pose();
		Skeleton body = new Skeleton(pose);
		List<Shape> shapes = new ArrayList<>();
		for (Prop prop : pose.props()) {
			if (!PropShapes.inFront(prop)) {
				PropShapes.props(prop, body, shapes);
			}
		}
		if (scene.ghost() != null) {
			Movement.ghost(BodyShapes.body(new Skeleton(scene.ghost()), moving, highlight), shapes);
		}
		shapes.addAll(BodyShapes.body(body, moving, highlight));
		for (Prop prop : pose.props()) {
			if (PropShapes.inFront(prop)) {
				PropShapes.props(prop, body, shapes);
			}
		}
		if (scene.ghost() != null) {
			shapes.addAll(Movement.path(scene.ghost(), pose, moving));
		}
		return shapes;
	}

	/** Horizontal extent, top and bottom of a shape, as {minX, maxX, maxY, minY} boxes. */
	private static List<double[]> extent(Shape shape) {
		List<double[]> boxes = new ArrayList<>();
		if (shape instanceof Stroke stroke) {
			for (Point p : stroke.points()) {
				boxes.add(new double[] { p.x() - stroke.width() / 2, p.x() + stroke.width() / 2,
						p.y() + stroke.width() / 2, p.y() - stroke.width() / 2 });
			}
		}
		else if (shape instanceof Blob blob) {
			for (Point p : blob.points()) {
				boxes.add(new double[] { p.x() - blob.rounding() / 2, p.x() + blob.rounding() / 2,
						p.y() + blob.rounding() / 2, p.y() - blob.rounding() / 2 });
			}
		}
		else if (shape instanceof Disc disc) {
			Point c = disc.centre();
			boxes.add(new double[] { c.x() - disc.radius(), c.x() + disc.radius(), c.y() + disc.radius(),
					c.y() - disc.radius() });
		}
		return boxes;
	}

	private Geometry() {
	}

}
