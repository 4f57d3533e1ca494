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

	boolean far() {
		return name().startsWith("FAR_");
	}

}
