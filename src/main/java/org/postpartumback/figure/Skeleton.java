package org.postpartumback.figure;

import java.util.EnumMap;
import java.util.Map;

/** The joints of one pose: each bone's start and end point, found from the hips outwards. */
final class Skeleton {

	/** Half the distance across the shoulder joints and across the hip joints (0.259 H and 0.191 H). */
	static final double HALF_SHOULDERS = 12.95;

	static final double HALF_HIPS = 9.55;

	private final Map<Segment, Point> starts = new EnumMap<>(Segment.class);

	private final Map<Segment, Point> ends = new EnumMap<>(Segment.class);

	final Pose pose;

	Skeleton(Pose pose) {
		this.pose = pose;
		Point hips = pose.hips();
		Point waist = bone(Segment.LOWER_BACK, hips);
		Point shoulders = bone(Segment.UPPER_BACK, waist);
		bone(Segment.HEAD, bone(Segment.NECK, shoulders));
		boolean front = !pose.view().side();
		// A turn of the upper back (front and back views) brings one shoulder forward: the shoulders show narrower.
		double halfShoulders = HALF_SHOULDERS * Math.cos(Math.toRadians(pose.twist()));
		double upper = pose.angle(Segment.UPPER_BACK);
		double lower = pose.angle(Segment.LOWER_BACK);
		Point nearShoulder = side(shoulders, upper, front ? halfShoulders : 0);
		Point farShoulder = side(shoulders, upper, front ? -halfShoulders : 0);
		Point nearHip = side(hips, lower, front ? HALF_HIPS : 0);
		Point farHip = side(hips, lower, front ? -HALF_HIPS : 0);
		if (pose.threeQuarter()) {
			nearShoulder = shoulders.plus(pose.nearShoulder().x(), pose.nearShoulder().y());
			farShoulder = shoulders.plus(-pose.nearShoulder().x(), -pose.nearShoulder().y());
			nearHip = hips.plus(pose.nearHip().x(), pose.nearHip().y());
			farHip = hips.plus(-pose.nearHip().x(), -pose.nearHip().y());
		}
		limb(nearShoulder, Segment.NEAR_UPPER_ARM, Segment.NEAR_FOREARM, Segment.NEAR_HAND);
		limb(farShoulder, Segment.FAR_UPPER_ARM, Segment.FAR_FOREARM, Segment.FAR_HAND);
		limb(nearHip, Segment.NEAR_THIGH, Segment.NEAR_SHIN, Segment.NEAR_FOOT);
		limb(farHip, Segment.FAR_THIGH, Segment.FAR_SHIN, Segment.FAR_FOOT);
	}

	/** A point {@code offset} across the body from {@code centre}: to the picture's left when positive. */
	static Point side(Point centre, double spineDegrees, double offset) {
		return centre.toward(spineDegrees + 90, offset);
	}

	private void limb(Point root, Segment... segments) {
		Point at = root;
		for (Segment segment : segments) {
			at = bone(segment, at);
		}
	}

	private Point bone(Segment segment, Point from) {
		Point to = from.toward(pose.angle(segment), pose.projected(segment));
		starts.put(segment, from);
		ends.put(segment, to);
		return to;
	}

	Point start(Segment segment) {
		return starts.get(segment);
	}

	Point end(Segment segment) {
		return ends.get(segment);
	}

}
