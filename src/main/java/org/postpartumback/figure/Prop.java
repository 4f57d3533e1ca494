package org.postpartumback.figure;

/** A prop in one pose; what {@code x}, {@code y}, {@code size} and {@code angle} mean depends on its kind. */
record Prop(Kind kind, double x, double y, double size, double angle) {

	enum Kind {

		/** A table or desk leg: a post from the floor at x, {@code size} high; the band is tied at (x, y). */
		ANCHOR,
		/** The band: a flat strip from each hand to its loop at (x, y) on the anchor. */
		BAND,
		/** A banister's post: standing on the floor at (x, y), {@code size} high, its handrail rising along {@code angle}. */
		POST,
		/** A floor mat seen from above: centre (x, y), {@code size} each way along {@code angle}, across as the hips show. */
		MAT,
		/** A wall at x, {@code size} high. */
		WALL,
		/** A foam roller lying across, seen end-on: centre (x, y), radius {@code size}. */
		ROLLER,
		/** A ball: centre (x, y), radius {@code size}. */
		BALL,
		/** A couch seen from the side: the seat's front at x, seat height y, {@code size} deep, back behind it. */
		COUCH,
		/** A chair seen from the side, facing right: back at x, seat height y, seat {@code size} deep. */
		CHAIR,
		/** A stool seen from the side: centred at x, seat height y, {@code size} wide. */
		STOOL,
		/** An arrow showing which way the highlighted part moves: from (x, y), {@code size} long, towards {@code angle}. */
		ARROW,
		/** A heat pad: centre (x, y), {@code size} long, lying along {@code angle}. */
		PAD

	}

}
