package org.postpartumback.figure;

import java.util.ArrayList;
import java.util.List;

import org.postpartumback.figure.Shape.Blob;
import org.postpartumback.figure.Shape.Disc;
import org.postpartumback.figure.Shape.Stroke;

/** The props a figure uses, at their size and place: band and post, roller, ball, couch, chair, mat, heat pad. */
final class PropShapes {

	/**
	 * The props drawn over the body: a roller lying across under the back is longer than the body is wide so its near
	 * end shows in front, and arrows go on top. The band, seen from behind, runs away from the hands to its anchor in
	 * front of the body, so it goes behind.
	 */
	static boolean inFront(Prop prop) {
		return prop.kind() == Prop.Kind.ARROW || prop.kind() == Prop.Kind.ROLLER;
	}

	static void props(Prop prop, Skeleton body, List<Shape> shapes) {
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
		// Then along the floor with one coil, to a plug: a straight line to the floor alone read as a walking stick.
		Point floor = cord.get(cord.size() - 1);
		for (int i = 1; i <= 16; i++) {
			double s = i / 16.0;
			cord.add(new Point(floor.x() - 9 * s - 2.2 * Math.sin(2 * Math.PI * s),
					floor.y() + 2.2 * (1 - Math.cos(2 * Math.PI * s))));
		}
		shapes.add(new Stroke(cord, 0.9, Tone.PROP));
		Point end = cord.get(cord.size() - 1);
		shapes.add(new Blob(rectangle(end.x() - 4.4, end.y(), end.x(), end.y() + 2.8), 0.6, Tone.PROP));
		for (double prong : new double[] { 0.8, 2.0 }) {
			shapes.add(new Stroke(List.of(new Point(end.x() - 4.4, end.y() + prong),
					new Point(end.x() - 6.2, end.y() + prong)), 0.5, Tone.PROP));
		}
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

	private PropShapes() {
	}

}
