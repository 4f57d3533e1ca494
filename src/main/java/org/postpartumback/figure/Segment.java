package org.postpartumback.figure;

/**
 * The figure's bones, each drawn from its joint at an absolute angle in the picture's plane. Lengths are fractions of
 * standing height H (times 100) from Drillis and Contini's table; the back is split at the waist so that the upper
 * back can round and arch while the two parts together keep the table's shoulder-to-hip length.
 */
enum Segment {

	LOWER_BACK(11.0, 13.5, 10.5), UPPER_BACK(17.8, 15.0, 12.0), NECK(5.2, 5.2, 5.2), HEAD(13.0, 0, 0),
	NEAR_UPPER_ARM(18.6, 5.6, 5.6), NEAR_FOREARM(14.6, 4.6, 4.6), NEAR_HAND(8.0, 4.0, 4.0),
	FAR_UPPER_ARM(18.6, 5.6, 5.6), FAR_FOREARM(14.6, 4.6, 4.6), FAR_HAND(8.0, 4.0, 4.0),
	NEAR_THIGH(24.5, 8.6, 8.0), NEAR_SHIN(24.6, 6.4, 6.0), NEAR_FOOT(11.4, 4.2, 4.2),
	FAR_THIGH(24.5, 8.6, 8.0), FAR_SHIN(24.6, 6.4, 6.0), FAR_FOOT(11.4, 4.2, 4.2);

	/** Length in hundredths of standing height. The hand is drawn to the knuckles and the foot from ankle to toe. */
	final double length;

	/** Stroke width in a side view and in a front view. */
	final double sideWidth;

	final double frontWidth;

	Segment(double length, double sideWidth, double frontWidth) {
		this.length = length;
		this.sideWidth = sideWidth;
		this.frontWidth = frontWidth;
	}

	/** The part of the body a bone belongs to, as named in a figure's {@code highlight}. */
	String part() {
		return switch (this) {
			case LOWER_BACK, UPPER_BACK -> "TRUNK";
			case NECK, HEAD -> "HEAD";
			case NEAR_UPPER_ARM, NEAR_FOREARM, NEAR_HAND -> "NEAR_ARM";
			case FAR_UPPER_ARM, FAR_FOREARM, FAR_HAND -> "FAR_ARM";
			case NEAR_THIGH, NEAR_SHIN, NEAR_FOOT -> "NEAR_LEG";
			case FAR_THIGH, FAR_SHIN, FAR_FOOT -> "FAR_LEG";
		};
	}

	boolean far() {
		return name().startsWith("FAR_");
	}

}
