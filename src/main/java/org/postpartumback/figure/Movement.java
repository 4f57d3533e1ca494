package org.postpartumback.figure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.postpartumback.figure.Shape.Blob;
import org.postpartumback.figure.Shape.Disc;
import org.postpartumback.figure.Shape.Stroke;

/**
 * How a still drawing shows a movement: the position it starts from as a faint outline under the solid one, and an
 * arrow along the path that the moving part travels between the two.
 */
final class Movement {

	/** Width of the faint outline of a previous position. */
	private static final double GHOST_LINE = 0.9;

	/** How far an arrow runs outside the path of the point it follows. */
	private static final double ARROW_OFFSET = 5;

	/**
	 * The previous position as a faint silhouette: every shape first in the outline tone, then a little smaller in the
	 * fill tone, so that only the silhouette's edge stays dark and crossing limbs merge into one outline.
	 */
	static void ghost(List<Shape> body, List<Shape> shapes) {
		List<Shape> inner = new ArrayList<>();
		for (Shape shape : body) {
			if (shape.tone() == Tone.HOLE) {
				continue;
			}
			if (shape instanceof Stroke stroke) {
				shapes.add(new Stroke(stroke.points(), stroke.width(), Tone.GHOST_LINE));
				inner.add(new Stroke(stroke.points(), Math.max(0.1, stroke.width() - 2 * GHOST_LINE), Tone.GHOST_FILL));
			}
			else if (shape instanceof Blob blob) {
				shapes.add(new Blob(blob.points(), blob.rounding(), Tone.GHOST_LINE));
				inner.add(new Blob(blob.points(), Math.max(0.1, blob.rounding() - 2 * GHOST_LINE), Tone.GHOST_FILL));
			}
			else if (shape instanceof Disc disc) {
				shapes.add(new Disc(disc.centre(), disc.radius(), Tone.GHOST_LINE));
				inner.add(new Disc(disc.centre(), Math.max(0.1, disc.radius() - GHOST_LINE), Tone.GHOST_FILL));
			}
		}
		shapes.addAll(inner);
	}

	/**
	 * An arrow along the path the moving part travels from the ghost to this position: the bones' angles are blended
	 * step by step, so the arrow follows the arc an arm or the head really makes. It follows the point that travels
	 * furthest and, in front and back views, its mirror on the other side when that travels nearly as far.
	 */
	static List<Shape> path(Pose from, Pose to, Set<Segment> moving) {
		List<Shape> arrows = new ArrayList<>();
		if (from.view() != to.view()) {
			return arrows;
		}
		Skeleton a = new Skeleton(from);
		Skeleton b = new Skeleton(to);
		// At three quarters a far limb moves partly behind the trunk and its arc crosses the body: follow the near one.
		Set<Segment> tracked = moving;
		if (to.threeQuarter() && moving.stream().anyMatch(segment -> !segment.far())) {
			tracked = moving.stream().filter(segment -> !segment.far()).collect(Collectors.toSet());
		}
		Segment best = null;
		double most = 0;
		for (Segment segment : tracked) {
			double moved = a.end(segment).distance(b.end(segment));
			if (moved > most) {
				most = moved;
				best = segment;
			}
		}
		if (best == null || most < 4) {
			return arrows;
		}
		arrows.addAll(arrow(from, to, best));
		if (!to.view().side()) {
			Segment mirror = mirror(best);
			if (mirror != null && tracked.contains(mirror) && a.end(mirror).distance(b.end(mirror)) > 0.6 * most) {
				arrows.addAll(arrow(from, to, mirror));
			}
		}
		return arrows;
	}

	private static Segment mirror(Segment segment) {
		String name = segment.name();
		if (name.startsWith("NEAR_")) {
			return Segment.valueOf("FAR_" + name.substring(5));
		}
		if (name.startsWith("FAR_")) {
			return Segment.valueOf("NEAR_" + name.substring(4));
		}
		return null;
	}

	private static List<Shape> arrow(Pose from, Pose to, Segment segment) {
		List<Point> points = new ArrayList<>();
		// Drawn a little outside the path itself, away from the shoulders, so that it runs beside the moving part and
		// round the body rather than through it.
		Point centre = new Skeleton(to).end(Segment.UPPER_BACK);
		for (int i = 0; i <= 10; i++) {
			double t = 0.18 + 0.64 * i / 10;
			Point p = new Skeleton(between(from, to, t)).end(segment);
			double away = Math.max(p.distance(centre), 1);
			points.add(p.plus((p.x() - centre.x()) / away * ARROW_OFFSET, (p.y() - centre.y()) / away * ARROW_OFFSET));
		}
		Point tip = points.get(points.size() - 1);
		Point before = points.get(points.size() - 2);
		double heading = Math.toDegrees(Math.atan2(tip.x() - before.x(), before.y() - tip.y()));
		Point end = tip.toward(heading, 1.5);
		List<Point> head = List.of(end, end.toward(heading + 150, 4), end.toward(heading - 150, 4));
		return List.of(new Stroke(points, 1.5, Tone.MOVING), new Blob(head, 1, Tone.MOVING));
	}

	/** The pose {@code t} of the way from {@code a} to {@code b}, each angle turned the short way round. */
	static Pose between(Pose a, Pose b, double t) {
		Map<Segment, Double> angles = new EnumMap<>(Segment.class);
		Map<Segment, Double> tilts = new EnumMap<>(Segment.class);
		for (Segment segment : Segment.values()) {
			double from = a.angle(segment);
			double turn = ((b.angle(segment) - from) % 360 + 540) % 360 - 180;
			angles.put(segment, from + t * turn);
			double tiltFrom = a.tilts().getOrDefault(segment, 0.0);
			tilts.put(segment, tiltFrom + t * (b.tilts().getOrDefault(segment, 0.0) - tiltFrom));
		}
		Point hips = new Point(a.hips().x() + t * (b.hips().x() - a.hips().x()),
				a.hips().y() + t * (b.hips().y() - a.hips().y()));
		return new Pose(b.step(), b.caption(), b.view(), hips, angles, tilts, a.twist() + t * (b.twist() - a.twist()),
				b.props(), blend(a.nearShoulder(), b.nearShoulder(), t), blend(a.nearHip(), b.nearHip(), t));
	}

	private static Point blend(Point a, Point b, double t) {
		if (a == null || b == null) {
			return b;
		}
		return new Point(a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y()));
	}

	private Movement() {
	}

}
