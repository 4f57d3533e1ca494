package org.postpartumback.figure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.postpartumback.figure.Shape.Blob;
import org.postpartumback.figure.Shape.Disc;
import org.postpartumback.figure.Shape.Stroke;

/**
 * Turns the poses of one figure into shapes, in the drawing language of physiotherapy handouts: a rounded torso, a
 * head with a face (nose and eye in front, hair behind), limbs as thick round-ended strokes with the far ones a shade
 * lighter, the props and the ground. The working part (say the upper back, or the shoulder blades) is in the moving
 * tone. A position can carry the one before it as a faint outline underneath, with an arrow along the path that the
 * moving part travels between the two.
 */
final class Geometry {

	private static final double MARGIN = 3;

	/** Width of the faint outline of a previous position. */
	private static final double GHOST_LINE = 0.9;

	/** How far an arrow runs outside the path of the point it follows. */
	private static final double ARROW_OFFSET = 5;

	/** The parts a figure can name besides the bones' own: patches drawn on the trunk. */
	static final String UPPER_BACK = "UPPER_BACK";

	static final String BLADES = "BLADES";

	private Geometry() {
	}

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
			if (!inFront(prop)) {
				props(prop, body, shapes);
			}
		}
		if (scene.ghost() != null) {
			ghost(body(new Skeleton(scene.ghost()), moving, highlight), shapes);
		}
		shapes.addAll(body(body, moving, highlight));
		for (Prop prop : pose.props()) {
			if (inFront(prop)) {
				props(prop, body, shapes);
			}
		}
		if (scene.ghost() != null) {
			shapes.addAll(path(scene.ghost(), pose, moving));
		}
		return shapes;
	}

	/**
	 * The props drawn over the body: a roller lying across under the back is longer than the body is wide so its near
	 * end shows in front, and arrows go on top. The band, seen from behind, runs away from the hands to its anchor in
	 * front of the body, so it goes behind.
	 */
	private static boolean inFront(Prop prop) {
		return prop.kind() == Prop.Kind.ARROW || prop.kind() == Prop.Kind.ROLLER;
	}

	/** The body alone, back to front. */
	static List<Shape> body(Skeleton body, Set<Segment> moving, Set<String> highlight) {
		Pose pose = body.pose;
		boolean side = pose.view().side();
		// At three quarters the far arm is partly behind the trunk, as from the side.
		boolean farArmBehind = side || pose.threeQuarter();
		List<Shape> shapes = new ArrayList<>();
		limb(body, moving, shapes, Segment.FAR_THIGH, Segment.FAR_SHIN, Segment.FAR_FOOT);
		if (farArmBehind) {
			limb(body, moving, shapes, Segment.FAR_UPPER_ARM, Segment.FAR_FOREARM, Segment.FAR_HAND);
		}
		limb(body, moving, shapes, Segment.NEAR_THIGH, Segment.NEAR_SHIN, Segment.NEAR_FOOT);
		boolean trunkMoves = moving.contains(Segment.UPPER_BACK) || moving.contains(Segment.LOWER_BACK);
		shapes.add(torso(body, trunkMoves));
		if (side) {
			// The seat: a round pelvis sits on a chair or rests on the floor the way a square one does not.
			shapes.add(new Disc(body.start(Segment.LOWER_BACK), 7.2, trunkMoves ? Tone.MOVING : Tone.BODY));
			if (highlight.contains(UPPER_BACK) && !trunkMoves) {
				shapes.add(upperBack(body));
			}
		}
		else if (highlight.contains(BLADES)) {
			shapes.addAll(blades(body));
		}
		// Hands laced behind the head, seen from the side: the near arm goes behind the head in the picture, so the
		// face stays in view (a physio handout draws it so; drawn in front, the arm hides the face).
		boolean handBehindHead = side && body.end(Segment.NEAR_FOREARM).distance(headCentre(body)) < 1.8 * HEAD_RADIUS
				&& body.end(Segment.NEAR_FOREARM).y() > body.end(Segment.NECK).y();
		if (handBehindHead) {
			limb(body, moving, shapes, Segment.NEAR_UPPER_ARM, Segment.NEAR_FOREARM, Segment.NEAR_HAND);
		}
		boolean headMoves = moving.contains(Segment.HEAD);
		shapes.add(new Stroke(List.of(body.start(Segment.NECK), body.end(Segment.NECK)), 5.4,
				headMoves ? Tone.MOVING : Tone.BODY));
		head(body, headMoves, shapes);
		if (!farArmBehind) {
			limb(body, moving, shapes, Segment.FAR_UPPER_ARM, Segment.FAR_FOREARM, Segment.FAR_HAND);
		}
		if (!handBehindHead) {
			limb(body, moving, shapes, Segment.NEAR_UPPER_ARM, Segment.NEAR_FOREARM, Segment.NEAR_HAND);
		}
		return shapes;
	}

	/**
	 * The previous position as a faint silhouette: every shape first in the outline tone, then a little smaller in the
	 * fill tone, so that only the silhouette's edge stays dark and crossing limbs merge into one outline.
	 */
	private static void ghost(List<Shape> body, List<Shape> shapes) {
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
	private static List<Shape> path(Pose from, Pose to, Set<Segment> moving) {
		List<Shape> arrows = new ArrayList<>();
		if (from.view() != to.view()) {
			return arrows;
		}
		Skeleton a = new Skeleton(from);
		Skeleton b = new Skeleton(to);
		Set<Segment> tracked = moving;
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

	private static void limb(Skeleton body, Set<Segment> moving, List<Shape> shapes, Segment... segments) {
		boolean side = body.pose.view().side();
		// Seen from the head end (the trunk pointing at the viewer), the legs are the far part of the body.
		boolean legsFar = !side && body.pose.tilts().getOrDefault(Segment.LOWER_BACK, 0.0) > 45;
		for (Segment segment : segments) {
			boolean far = side || body.pose.threeQuarter() ? segment.far() : legsFar && segment.part().endsWith("_LEG");
			Tone tone = moving.contains(segment) ? (far ? Tone.FAR_MOVING : Tone.MOVING)
					: (far ? Tone.FAR_BODY : Tone.BODY);
			double width = side ? segment.sideWidth : segment.frontWidth;
			shapes.add(new Stroke(List.of(body.start(segment), body.end(segment)), width, tone));
		}
	}

	/** Half-widths across the trunk at the hips, waist, chest and shoulders; from the side the chest is deepest. */
	static double[] halfWidths(View view) {
		return view.side() ? new double[] { 7.4, 6.2, 7.8, 5.6 } : new double[] { 10.6, 8.6, 10.6, 12.4 };
	}

	/**
	 * Half-widths of this body's trunk. At three quarters the trunk shows part of its width and part of its depth, in
	 * the measure that the hips' and shoulders' lines show across the spine.
	 */
	static double[] halfWidths(Skeleton body) {
		Pose pose = body.pose;
		if (!pose.threeQuarter()) {
			return halfWidths(pose.view());
		}
		double[] wide = halfWidths(View.FRONT);
		double[] deep = halfWidths(View.SIDE);
		double hips = across(pose.nearHip(), pose.angle(Segment.LOWER_BACK)) / Skeleton.HALF_HIPS;
		double shoulders = across(pose.nearShoulder(), pose.angle(Segment.UPPER_BACK)) / Skeleton.HALF_SHOULDERS;
		double[] shown = { hips, hips, shoulders, shoulders };
		double[] half = new double[4];
		for (int i = 0; i < 4; i++) {
			double f = Math.min(1, shown[i]);
			half[i] = Math.hypot(wide[i] * f, deep[i] * Math.sqrt(1 - f * f));
		}
		return half;
	}

	/** How far an offset reaches across a bone at {@code degrees}, either way. */
	private static double across(Point offset, double degrees) {
		Point unit = new Point(0, 0).toward(degrees + 90, 1);
		return Math.abs(offset.x() * unit.x() + offset.y() * unit.y());
	}

	/** The trunk's spine points: hips, waist, chest and shoulders. */
	static Point[] spine(Skeleton body) {
		Point waist = body.end(Segment.LOWER_BACK);
		Point chest = waist.toward(body.pose.angle(Segment.UPPER_BACK), body.pose.projected(Segment.UPPER_BACK) * 0.55);
		return new Point[] { body.start(Segment.LOWER_BACK), waist, chest, body.end(Segment.UPPER_BACK) };
	}

	/** The trunk as one rounded outline around the spine: hips, waist, chest and shoulders. */
	private static Shape torso(Skeleton body, boolean moving) {
		double lower = body.pose.angle(Segment.LOWER_BACK);
		double upper = body.pose.angle(Segment.UPPER_BACK);
		Point[] spine = spine(body);
		double[] directions = { lower, (lower + upper) / 2, upper, upper };
		double[] half = halfWidths(body);
		List<Point> outline = new ArrayList<>();
		for (int i = 0; i < spine.length; i++) {
			outline.add(Skeleton.side(spine[i], directions[i], half[i]));
		}
		for (int i = spine.length - 1; i >= 0; i--) {
			outline.add(Skeleton.side(spine[i], directions[i], -half[i]));
		}
		return new Blob(outline, 4, moving ? Tone.MOVING : Tone.BODY);
	}

	/** The upper back from the side: the back half of the trunk from below the shoulder blades to the shoulders. */
	private static Shape upperBack(Skeleton body) {
		double upper = body.pose.angle(Segment.UPPER_BACK);
		Point waist = body.end(Segment.LOWER_BACK);
		double length = body.pose.projected(Segment.UPPER_BACK);
		double[] at = { 0.3, 0.62, 1.0 };
		double[] half = { 6.6, 7.8, 5.6 };
		List<Point> outline = new ArrayList<>();
		for (int i = 0; i < at.length; i++) {
			outline.add(Skeleton.side(waist.toward(upper, length * at[i]), upper, half[i] + 0.4));
		}
		for (int i = at.length - 1; i >= 0; i--) {
			outline.add(Skeleton.side(waist.toward(upper, length * at[i]), upper, -0.5 * half[i]));
		}
		return new Blob(outline, 3, Tone.MOVING);
	}

	/**
	 * The shoulder blades seen from behind. They slide apart as the arms reach forward (pointing away from a viewer
	 * behind) and together as the arms draw back, so their gap follows the upper arms' tilt out of the picture.
	 */
	private static List<Shape> blades(Skeleton body) {
		double upper = body.pose.angle(Segment.UPPER_BACK);
		Point shoulders = body.end(Segment.UPPER_BACK);
		double reach = Math.sin(Math.toRadians(body.pose.tilts().getOrDefault(Segment.NEAR_UPPER_ARM, 0.0)));
		// At three quarters the back shows narrower: the blades lie along the shoulders' line, as wide as it shows.
		double across = body.pose.threeQuarter()
				? Math.hypot(body.pose.nearShoulder().x(), body.pose.nearShoulder().y()) / Skeleton.HALF_SHOULDERS : 1;
		double gap = (1.6 + 4.4 * reach) * across;
		Point top = shoulders.toward(upper, -2.6);
		Point bottom = shoulders.toward(upper, -12.5);
		List<Shape> blades = new ArrayList<>();
		for (int sign : new int[] { 1, -1 }) {
			blades.add(new Blob(List.of(aside(body, top, sign * gap), aside(body, top, sign * (gap + 6.2 * across)),
					aside(body, bottom, sign * (gap + 1.4 * across))), 2.4, Tone.MOVING));
		}
		return blades;
	}

	/** A point {@code offset} towards the near shoulder from {@code centre}, along the shoulders' line as drawn. */
	private static Point aside(Skeleton body, Point centre, double offset) {
		if (!body.pose.threeQuarter()) {
			return Skeleton.side(centre, body.pose.angle(Segment.UPPER_BACK), offset);
		}
		Point near = body.pose.nearShoulder();
		double length = Math.hypot(near.x(), near.y());
		return centre.plus(near.x() / length * offset, near.y() / length * offset);
	}

	/** The head's centre: a head turned towards or away from the viewer shows its centre closer to the chin. */
	static Point headCentre(Skeleton body) {
		double angle = body.pose.angle(Segment.HEAD);
		return body.start(Segment.HEAD).toward(angle, 6.3 * body.pose.projected(Segment.HEAD) / Segment.HEAD.length);
	}

	static final double HEAD_RADIUS = 6.9;

	/**
	 * The head with a face that shows where it looks: from the side the face in the body tone with a nose and an eye,
	 * the hair behind it in the far tone, tied back; from the front a face with eyes under a hair line, turned with the
	 * upper back; from behind all hair.
	 */
	private static void head(Skeleton body, boolean moves, List<Shape> shapes) {
		Tone skin = moves ? Tone.MOVING : Tone.BODY;
		Tone hair = moves ? Tone.FAR_MOVING : Tone.FAR_BODY;
		double angle = body.pose.angle(Segment.HEAD);
		Point centre = headCentre(body);
		View view = body.pose.view();
		if (view == View.BACK) {
			shapes.add(new Disc(centre, HEAD_RADIUS, hair));
			shapes.add(new Disc(centre.toward(angle, 6.0), 2.9, hair));
			return;
		}
		shapes.add(new Disc(centre, HEAD_RADIUS, skin));
		// A face turned well to one side in a front view shows in profile, looking the way it turned.
		double turned = body.pose.twist();
		if (view.side() || Math.abs(turned) >= 40) {
			double face = view.side() || turned > 0 ? -90 : 90;
			shapes.add(new Blob(arc(centre, HEAD_RADIUS + 0.3, angle + face * -0.1, angle - face * 1.75), 0.6, hair));
			shapes.add(new Disc(centre.toward(angle - face, 6.6).toward(angle, 1.6), 2.9, hair));
			shapes.add(new Disc(centre.toward(angle + face, 6.9).toward(angle, -0.4), 1.8, skin));
			shapes.add(new Disc(centre.toward(angle + face, 3.7).toward(angle, 1.4), 1.05, Tone.HOLE));
			return;
		}
		// Seen from the front: the more the head tips towards the viewer, the more of the crown (hair) shows.
		double tilt = body.pose.tilts().getOrDefault(Segment.HEAD, 0.0);
		double cap = Math.min(175, 70 + tilt);
		shapes.add(new Blob(arc(centre, HEAD_RADIUS + 0.3, angle - cap, angle + cap), 0.6, hair));
		if (tilt < 45) {
			double turn = 3.2 * Math.sin(Math.toRadians(body.pose.twist()));
			for (double across : new double[] { -2.6, 2.6 }) {
				shapes.add(new Disc(centre.toward(angle + 90, across + turn).toward(angle, -1.2), 1.0, Tone.HOLE));
			}
		}
	}

	/** A closed slice of a circle from one direction to another (degrees as for bones), through its centre's side. */
	private static List<Point> arc(Point centre, double radius, double from, double to) {
		List<Point> points = new ArrayList<>();
		int steps = 10;
		for (int i = 0; i <= steps; i++) {
			points.add(centre.toward(from + (to - from) * i / steps, radius));
		}
		return points;
	}

	private static void props(Prop prop, Skeleton body, List<Shape> shapes) {
		double x = prop.x();
		double y = prop.y();
		double size = prop.size();
		switch (prop.kind()) {
			case ANCHOR -> shapes.add(new Blob(rectangle(x - 2.2, 0, x + 2.2, size), 1.5, Tone.PROP));
			case POST -> post(prop, shapes);
			case MAT -> mat(prop, body, shapes);
			case BAND -> {
				// A flat strip, stretched: wide in the hand, narrower where it pulls at the loop on the anchor.
				Point anchor = new Point(x, y);
				for (Segment hand : new Segment[] { Segment.FAR_HAND, Segment.NEAR_HAND }) {
					shapes.add(strip(body.start(hand).toward(body.pose.angle(hand), body.pose.projected(hand) * 0.5),
							anchor, 3.0, 1.6));
				}
				// The band's loop round the post.
				shapes.add(new Blob(List.of(anchor.plus(-3.4, 1.4), anchor.plus(3.4, 1.4), anchor.plus(3.4, -1.4),
						anchor.plus(-3.4, -1.4)), 1.6, Tone.BAND));
			}
			case WALL -> shapes.add(new Blob(rectangle(x - 3, 0, x, size), 0.5, Tone.PROP));
			case ROLLER -> {
				// Seen end-on: a ring, so it reads as a tube and not as a ball.
				shapes.add(new Disc(new Point(x, y), size, Tone.PROP));
				shapes.add(new Disc(new Point(x, y), size * 0.4, Tone.HOLE));
			}
			case BALL -> shapes.add(new Disc(new Point(x, y), size, Tone.PROP));
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
				shapes.add(new Stroke(List.of(tail, tip.toward(prop.angle(), -2)), 1.5, Tone.MOVING));
				shapes.add(new Blob(List.of(tip, tip.toward(prop.angle() + 150, 4), tip.toward(prop.angle() - 150, 4)),
						1, Tone.MOVING));
			}
			case PAD -> pad(prop, shapes);
		}
	}

	/** A strip from {@code from} to {@code to}, {@code wide} across at its start and {@code narrow} at its end. */
	private static Blob strip(Point from, Point to, double wide, double narrow) {
		double heading = Math.toDegrees(Math.atan2(to.x() - from.x(), from.y() - to.y()));
		return new Blob(List.of(from.toward(heading + 90, wide / 2), to.toward(heading + 90, narrow / 2),
				to.toward(heading - 90, narrow / 2), from.toward(heading - 90, wide / 2)), 0.4, Tone.BAND);
	}

	/**
	 * The post at the foot of a banister, which the band loops round: a square post with a round cap standing on the
	 * floor, the handrail rising from it up the stairs, away along {@code angle}, on a spindle.
	 */
	private static void post(Prop prop, List<Shape> shapes) {
		Point base = new Point(prop.x(), prop.y());
		double height = prop.size();
		Point top = base.plus(0, height);
		Point railEnd = top.plus(-1, -2).toward(prop.angle(), 22);
		shapes.add(new Stroke(List.of(top.plus(-1, -2), railEnd), 2.6, Tone.PROP));
		Point onRail = top.plus(-1, -2).toward(prop.angle(), 14);
		shapes.add(new Stroke(List.of(onRail, onRail.plus(0, -14)), 1.4, Tone.PROP));
		shapes.add(new Blob(rectangle(base.x() - 2.6, base.y(), base.x() + 2.6, top.y() - 2), 1.2, Tone.PROP));
		shapes.add(new Blob(rectangle(base.x() - 3.6, top.y() - 3.2, base.x() + 3.6, top.y() - 1.6), 0.8,
				Tone.PROP));
		shapes.add(new Disc(top.plus(0, 0.6), 2.6, Tone.PROP));
	}

	/**
	 * An exercise mat on the floor, seen from above at three quarters: centred at (x, y), reaching {@code size} each
	 * way along {@code angle} and, across, as far as the hips' line shows, two and a half times over.
	 */
	private static void mat(Prop prop, Skeleton body, List<Shape> shapes) {
		Point centre = new Point(prop.x(), prop.y());
		Point across = body.pose.nearHip() == null ? new Point(0, 4) : body.pose.nearHip();
		double k = 2.6;
		Point a = centre.toward(prop.angle(), prop.size());
		Point b = centre.toward(prop.angle(), -prop.size());
		List<Point> corners = List.of(a.plus(k * across.x(), k * across.y()), b.plus(k * across.x(), k * across.y()),
				b.plus(-k * across.x(), -k * across.y()), a.plus(-k * across.x(), -k * across.y()));
		shapes.add(new Blob(corners, 1.2, Tone.MAT));
	}

	/**
	 * A heat pad: a soft slab in the warm tone, a cord running from one end down to the floor, and wavy lines rising
	 * from it so that it reads as heat and not as a cushion.
	 */
	private static void pad(Prop prop, List<Shape> shapes) {
		Point centre = new Point(prop.x(), prop.y());
		double angle = prop.angle();
		Point from = centre.toward(angle, -prop.size() / 2);
		Point to = centre.toward(angle, prop.size() / 2);
		shapes.add(new Stroke(List.of(from, to), 5.2, Tone.FAR_MOVING));
		List<Point> cord = new ArrayList<>();
		for (int i = 0; i <= 8; i++) {
			double t = i / 8.0;
			// Down from the pad's lower end in a gentle curve to the floor.
			cord.add(new Point(from.x() - 7 * Math.sin(t * Math.PI / 2) - 2 * t, from.y() * (1 - t) + 0.6 * t));
		}
		shapes.add(new Stroke(cord, 1.0, Tone.PROP));
		// The waves rise away from the pad, leaning upwards.
		double away = angle + 90;
		double rise = 180 + 0.5 * (((away - 180) % 360 + 540) % 360 - 180);
		for (double along : new double[] { -0.3, 0, 0.3 }) {
			Point start = centre.toward(angle, prop.size() * along).toward(away, 4.2);
			List<Point> wave = new ArrayList<>();
			for (int i = 0; i <= 12; i++) {
				double t = i / 12.0;
				wave.add(start.toward(rise, 8 * t).toward(rise + 90, 1.1 * Math.sin(t * 3 * Math.PI)));
			}
			shapes.add(new Stroke(wave, 1.1, Tone.MOVING));
		}
	}

	static List<Point> rectangle(double x1, double y1, double x2, double y2) {
		return List.of(new Point(x1, y1), new Point(x2, y1), new Point(x2, y2), new Point(x1, y2));
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

}
