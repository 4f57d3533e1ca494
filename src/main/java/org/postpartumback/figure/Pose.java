package org.postpartumback.figure;

import java.util.List;
import java.util.Map;

/**
 * One position of a figure: where the hips are and the angle of every bone (0 down, 90 forward, 180 up), the
 * bones that point out of the picture's plane and by how much, how far the upper back is turned (front and back views:
 * the face turns with it), and the props. Tied to the step it shows. In a three-quarter view the offsets from the
 * spine to the near shoulder and near hip joints are given ({@code nearShoulder}, {@code nearHip}; null otherwise).
 */
record Pose(int step, String caption, View view, Point hips, Map<Segment, Double> angles, Map<Segment, Double> tilts,
		double twist, List<Prop> props, Point nearShoulder, Point nearHip) {

	Pose {
		angles = Map.copyOf(angles);
		tilts = Map.copyOf(tilts);
		props = List.copyOf(props);
	}

	Pose(int step, String caption, View view, Point hips, Map<Segment, Double> angles, Map<Segment, Double> tilts,
			double twist, List<Prop> props) {
		this(step, caption, view, hips, angles, tilts, twist, props, null, null);
	}

	/**
	 * Seen at three quarters (from above and to the side, or from behind and to the side): the near shoulder and the
	 * near hip lie where the picture's offsets from the spine put them, not straight across it, and the far limbs
	 * are drawn a shade lighter behind the trunk.
	 */
	boolean threeQuarter() {
		return nearShoulder != null;
	}

	double angle(Segment segment) {
		return angles.get(segment);
	}

	/** The length a bone shows in the picture: shorter as it points out of the plane. */
	double projected(Segment segment) {
		return segment.length * Math.cos(Math.toRadians(tilts.getOrDefault(segment, 0.0)));
	}

}
