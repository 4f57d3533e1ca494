package org.postpartumback.figure;

import java.util.ArrayList;
import java.util.List;

import org.postpartumback.figure.Shape.Blob;
import org.postpartumback.figure.Shape.Disc;

/** The head, drawn so that a reader sees which way it faces: a face with a nose and an eye, and hair behind. */
final class HeadShapes {

	/** The head's centre: a head turned towards or away from the viewer shows its centre closer to the chin. */
	static Point centre(Skeleton body) {
		double angle = body.pose.angle(Segment.HEAD);
		return body.start(Segment.HEAD).toward(angle, 6.3 * body.pose.projected(Segment.HEAD) / Segment.HEAD.length);
	}

	static final double RADIUS = 6.9;

	/**
	 * The head with a face that shows where it looks: from the side the face in the body tone with a nose and an eye,
	 * the hair behind it in the far tone, tied back; from the front a face with eyes under a hair line, turned with the
	 * upper back; from behind all hair.
	 */
	static void head(Skeleton body, boolean moves, List<Shape> shapes) {
		Tone skin = moves ? Tone.MOVING : Tone.BODY;
		Tone hair = moves ? Tone.FAR_MOVING : Tone.FAR_BODY;
		double angle = body.pose.angle(Segment.HEAD);
		Point centre = centre(body);
		View view = body.pose.view();
		if (view == View.BACK) {
			shapes.add(new Disc(centre, RADIUS, hair));
			shapes.add(new Disc(centre.toward(angle, 6.0), 2.9, hair));
			return;
		}
		shapes.add(new Disc(centre, RADIUS, skin));
		// A face turned well to one side in a front view shows in profile, looking the way it turned.
		double turned = body.pose.twist();
		if (view.side() || Math.abs(turned) >= 40) {
			double face = view.side() || turned > 0 ? -90 : 90;
			shapes.add(new Blob(arc(centre, RADIUS + 0.3, angle + face * -0.1, angle - face * 1.75), 0.6, hair));
			shapes.add(new Disc(centre.toward(angle - face, 6.6).toward(angle, 1.6), 2.9, hair));
			shapes.add(new Disc(centre.toward(angle + face, 6.9).toward(angle, -0.4), 1.8, skin));
			shapes.add(new Disc(centre.toward(angle + face, 3.7).toward(angle, 1.4), 1.05, Tone.HOLE));
			return;
		}
		// Seen from the front: the more the head tips towards the viewer, the more of the crown (hair) shows.
		double tilt = body.pose.tilts().getOrDefault(Segment.HEAD, 0.0);
		double cap = Math.min(175, 70 + tilt);
		shapes.add(new Blob(arc(centre, RADIUS + 0.3, angle - cap, angle + cap), 0.6, hair));
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

	private HeadShapes() {
	}

}
