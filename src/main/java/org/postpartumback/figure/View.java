package org.postpartumback.figure;

/** The side the figure is seen from: the one in which the movement happens in the picture's plane. */
enum View {

	/** Seen from the side, facing right; the far limbs are drawn a shade lighter. */
	SIDE,
	/** Seen from the front (or the head end): the near limbs on the left of the picture, the far ones on the right. */
	FRONT,
	/** Seen from behind: like the front view, but the head shows its hair and the shoulder blades can be shown. */
	BACK;

	boolean side() {
		return this == SIDE;
	}

}
