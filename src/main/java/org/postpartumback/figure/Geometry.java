package org.postpartumback.figure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.postpartumback.figure.Shape.Blob;
import org.postpartumback.figure.Shape.Disc;
import org.postpartumback.figure.Shape.Stroke;

/**
 * Turns the poses of one figure into shapes: a rounded torso, a head, limbs as thick round-ended strokes, the props and
 * the ground. The parts the figure highlights (the moving part the reader should follow) get the moving tone.
 */
final class Geometry {

	private static final double MARGIN = 3;

	private Geometry() {
	}

	static List<Drawing> draw(List<Pose> poses, Set<String> highlight) {
		Set<Segment> moving = moving(highlight);
		List<List<Shape>> all = new ArrayList<>();
		double minX = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = 0;
		for (Pose pose : poses) {
			List<Shape> shapes = shapes(new Skeleton(pose), moving);
			for (Shape shape : shapes) {
				for (double[] box : extent(shape)) {
					minX = Math.min(minX, box[0]);
					maxX = Math.max(maxX, box[1]);
					maxY = Math.max(maxY, box[2]);
				}
			}
			all.add(shapes);
		}
		double left = minX - MARGIN;
		double right = maxX + MARGIN;
		List<Drawing> drawings = new ArrayList<>();
		for (List<Shape> shapes : all) {
			List<Shape> withGround = new ArrayList<>();
			withGround.add(new Stroke(List.of(new Point(left + 1, -1), new Point(right - 1, -1)), 2, Tone.GROUND));
			withGround.addAll(shapes);
			drawings.add(new Drawing(withGround, left, -MARGIN, right, maxY + MARGIN));
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

	private static List<Shape> shapes(Skeleton body, Set<Segment> moving) {
		Pose pose = body.pose;
		boolean side = pose.view() == View.SIDE;
		List<Shape> shapes = new ArrayList<>();
		for (Prop prop : pose.props()) {
			if (prop.kind() != Prop.Kind.BAND && prop.kind() != Prop.Kind.ARROW) {
				props(prop, body, shapes);
			}
		}
		limb(body, moving, shapes, Segment.FAR_THIGH, Segment.FAR_SHIN, Segment.FAR_FOOT);
		if (side) {
			limb(body, moving, shapes, Segment.FAR_UPPER_ARM, Segment.FAR_FOREARM, Segment.FAR_HAND);
		}
		limb(body, moving, shapes, Segment.NEAR_THIGH, Segment.NEAR_SHIN, Segment.NEAR_FOOT);
		boolean trunkMoves = moving.contains(Segment.UPPER_BACK) || moving.contains(Segment.LOWER_BACK);
		shapes.add(torso(body, trunkMoves));
		if (side) {
			// The seat: a round pelvis sits on a chair or rests on the floor the way a square one does not.
			shapes.add(new Disc(body.start(Segment.LOWER_BACK), 7.2, trunkMoves ? Tone.MOVING : Tone.BODY));
		}
		Tone head = moving.contains(Segment.HEAD) ? Tone.MOVING : Tone.BODY;
		shapes.add(new Stroke(List.of(body.start(Segment.NECK), body.end(Segment.NECK)), 5.4, head));
		head(body, head, shapes);
		if (!side) {
			limb(body, moving, shapes, Segment.FAR_UPPER_ARM, Segment.FAR_FOREARM, Segment.FAR_HAND);
		}
		limb(body, moving, shapes, Segment.NEAR_UPPER_ARM, Segment.NEAR_FOREARM, Segment.NEAR_HAND);
		// The band runs in front of the body, from the hands to its anchor; arrows go on top of everything.
		for (Prop prop : pose.props()) {
			if (prop.kind() == Prop.Kind.BAND || prop.kind() == Prop.Kind.ARROW) {
				props(prop, body, shapes);
			}
		}
		return shapes;
	}

	private static void limb(Skeleton body, Set<Segment> moving, List<Shape> shapes, Segment... segments) {
		boolean side = body.pose.view() == View.SIDE;
		for (Segment segment : segments) {
			Tone tone = moving.contains(segment) ? (side && segment.far() ? Tone.FAR_MOVING : Tone.MOVING)
					: (side && segment.far() ? Tone.FAR_BODY : Tone.BODY);
			double width = side ? segment.sideWidth : segment.frontWidth;
			shapes.add(new Stroke(List.of(body.start(segment), body.end(segment)), width, tone));
		}
	}

	/** The trunk as one rounded outline around the spine: hips, waist, chest and shoulders. */
	private static Shape torso(Skeleton body, boolean moving) {
		boolean side = body.pose.view() == View.SIDE;
		Point hips = body.start(Segment.LOWER_BACK);
		Point waist = body.end(Segment.LOWER_BACK);
		Point shoulders = body.end(Segment.UPPER_BACK);
		double lower = body.pose.angle(Segment.LOWER_BACK);
		double upper = body.pose.angle(Segment.UPPER_BACK);
		Point chest = waist.toward(upper, body.pose.projected(Segment.UPPER_BACK) * 0.55);
		Point[] spine = { hips, waist, chest, shoulders };
		double[] directions = { lower, (lower + upper) / 2, upper, upper };
		// Half-widths across the trunk; seen from the side the chest is deeper than the waist.
		double[] half = side ? new double[] { 7.4, 6.2, 7.8, 5.6 } : new double[] { 10.6, 8.6, 10.6, 12.4 };
		List<Point> outline = new ArrayList<>();
		for (int i = 0; i < spine.length; i++) {
			outline.add(Skeleton.side(spine[i], directions[i], half[i]));
		}
		for (int i = spine.length - 1; i >= 0; i--) {
			outline.add(Skeleton.side(spine[i], directions[i], -half[i]));
		}
		return new Blob(outline, 4, moving ? Tone.MOVING : Tone.BODY);
	}

	private static void head(Skeleton body, Tone tone, List<Shape> shapes) {
		double angle = body.pose.angle(Segment.HEAD);
		Point chin = body.start(Segment.HEAD);
		// A head turned towards or away from the viewer shows its centre closer to the chin.
		Point centre = chin.toward(angle, 6.3 * body.pose.projected(Segment.HEAD) / Segment.HEAD.length);
		shapes.add(new Disc(centre, 6.9, tone));
		if (body.pose.view() == View.SIDE) {
			// A nose in front and hair tied back show which way the face looks.
			shapes.add(new Disc(centre.toward(angle - 90, 6.6).toward(angle, -0.6), 1.7, tone));
			shapes.add(new Disc(centre.toward(angle + 90, 6.4).toward(angle, 1.5), 2.9, tone));
		}
		else {
			shapes.add(new Disc(centre.toward(angle, 6.2), 3.0, tone));
		}
	}

	private static void props(Prop prop, Skeleton body, List<Shape> shapes) {
		double x = prop.x();
		double y = prop.y();
		double size = prop.size();
		switch (prop.kind()) {
			case ANCHOR -> shapes.add(new Blob(rectangle(x - 2.2, 0, x + 2.2, size), 1.5, Tone.PROP));
			case BAND -> {
				Point anchor = new Point(x, y);
				shapes.add(new Stroke(List.of(anchor, body.end(Segment.NEAR_HAND)), 2.2, Tone.PROP));
				shapes.add(new Stroke(List.of(anchor, body.end(Segment.FAR_HAND)), 2.2, Tone.PROP));
			}
			case WALL -> shapes.add(new Blob(rectangle(x - 3, 0, x, size), 0.5, Tone.PROP));
			case ROLLER, BALL -> shapes.add(new Disc(new Point(x, y), size, Tone.PROP));
			case COUCH -> {
				shapes.add(new Blob(rectangle(x, 3, x + size, y), 5, Tone.PROP));
				shapes.add(new Blob(rectangle(x + size - 9, 3, x + size, y + 24), 5, Tone.PROP));
			}
			case CHAIR -> {
				shapes.add(new Blob(rectangle(x, y - 3, x + size, y), 1.5, Tone.PROP));
				shapes.add(new Blob(rectangle(x - 1, 0, x + 2, y + 32), 1.5, Tone.PROP));
				shapes.add(new Blob(rectangle(x + size - 3, 0, x + size, y - 3), 1.5, Tone.PROP));
			}
			case STOOL -> {
				shapes.add(new Blob(rectangle(x - size / 2, y - 3, x + size / 2, y), 1.5, Tone.PROP));
				shapes.add(new Stroke(List.of(new Point(x - size / 2 + 2, y - 2), new Point(x - size / 2 + 1, 0)), 2.4,
						Tone.PROP));
				shapes.add(new Stroke(List.of(new Point(x + size / 2 - 2, y - 2), new Point(x + size / 2 - 1, 0)), 2.4,
						Tone.PROP));
			}
			case ARROW -> {
				Point tail = new Point(x, y);
				Point tip = tail.toward(prop.angle(), size);
				shapes.add(new Stroke(List.of(tail, tip.toward(prop.angle(), -2)), 2, Tone.MOVING));
				shapes.add(new Blob(List.of(tip, tip.toward(prop.angle() + 155, 4.4), tip.toward(prop.angle() - 155, 4.4)),
						1, Tone.MOVING));
			}
			case PAD -> {
				Point from = new Point(x, y).toward(prop.angle(), -size / 2);
				Point to = new Point(x, y).toward(prop.angle(), size / 2);
				// The one warm prop: the heat is what the technique is about.
				shapes.add(new Stroke(List.of(from, to), 6, Tone.FAR_MOVING));
			}
		}
	}

	private static List<Point> rectangle(double x1, double y1, double x2, double y2) {
		return List.of(new Point(x1, y1), new Point(x2, y1), new Point(x2, y2), new Point(x1, y2));
	}

	/** Horizontal extent and top of a shape, as {minX, maxX, maxY} boxes. */
	private static List<double[]> extent(Shape shape) {
		List<double[]> boxes = new ArrayList<>();
		if (shape instanceof Stroke stroke) {
			for (Point p : stroke.points()) {
				boxes.add(new double[] { p.x() - stroke.width() / 2, p.x() + stroke.width() / 2,
						p.y() + stroke.width() / 2 });
			}
		}
		else if (shape instanceof Blob blob) {
			for (Point p : blob.points()) {
				boxes.add(new double[] { p.x() - blob.rounding() / 2, p.x() + blob.rounding() / 2,
						p.y() + blob.rounding() / 2 });
			}
		}
		else if (shape instanceof Disc disc) {
			Point c = disc.centre();
			boxes.add(new double[] { c.x() - disc.radius(), c.x() + disc.radius(), c.y() + disc.radius() });
		}
		return boxes;
	}

}
