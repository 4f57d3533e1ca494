package org.postpartumback.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.postpartumback.figure.Shape.Blob;
import org.postpartumback.figure.Shape.Disc;
import org.postpartumback.figure.Shape.Stroke;

/**
 * The body in the drawing language of physiotherapy handouts: a rounded torso, a head with a face (nose and eye in
 * front, hair behind), limbs as thick round-ended strokes with the far ones a shade lighter, and the working part
 * (the upper back, or the shoulder blades) in the moving tone.
 */
final class BodyShapes {

	/** The parts a figure can name besides the bones' own: patches drawn on the trunk. */
	static final String UPPER_BACK = "UPPER_BACK";

	static final String BLADES = "BLADES";

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
		boolean handBehindHead = side && body.end(Segment.NEAR_FOREARM).distance(HeadShapes.centre(body)) < 1.8 * HeadShapes.RADIUS
				&& body.end(Segment.NEAR_FOREARM).y() > body.end(Segment.NECK).y();
		if (handBehindHead) {
			limb(body, moving, shapes, Segment.NEAR_UPPER_ARM, Segment.NEAR_FOREARM, Segment.NEAR_HAND);
		}
		boolean headMoves = moving.contains(Segment.HEAD);
		shapes.add(new Stroke(List.of(body.start(Segment.NECK), body.end(Segment.NECK)), 5.4,
				headMoves ? Tone.MOVING : Tone.BODY));
		HeadShapes.head(body, headMoves, shapes);
		if (!farArmBehind) {
			limb(body, moving, shapes, Segment.FAR_UPPER_ARM, Segment.FAR_FOREARM, Segment.FAR_HAND);
		}
		if (!handBehindHead) {
			limb(body, moving, shapes, Segment.NEAR_UPPER_ARM, Segment.NEAR_FOREARM, Segment.NEAR_HAND);
		}
		return shapes;
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

	private BodyShapes() {
	}

}
