package org.postpartumback.figure;

import java.util.List;

import org.postpartumback.figure.Shape.Blob;
import org.postpartumback.figure.Shape.Disc;
import org.postpartumback.figure.Shape.Stroke;

/**
 * Writes a drawing as SVG elements for inline use. Colours are classes (one per tone) that site.css maps to CSS custom
 * properties, so the theme, dark mode and print decide them; nothing is styled inline.
 */
final class SvgWriter {

	private SvgWriter() {
	}

	static String viewBox(Drawing drawing) {
		return number(drawing.minX()) + " " + number(-drawing.maxY()) + " " + number(drawing.width()) + " "
				+ number(drawing.height());
	}

	/** The shapes, grouped by tone so that each class is written once per run of shapes. */
	static String shapes(Drawing drawing) {
		StringBuilder svg = new StringBuilder(2048);
		Tone open = null;
		for (Shape shape : drawing.shapes()) {
			if (shape.tone() != open) {
				if (open != null) {
					svg.append("</g>");
				}
				svg.append("<g class=\"").append(shape.tone().cssClass).append("\">");
				open = shape.tone();
			}
			write(shape, svg);
		}
		if (open != null) {
			svg.append("</g>");
		}
		return svg.toString();
	}

	private static void write(Shape shape, StringBuilder svg) {
		if (shape instanceof Stroke stroke) {
			svg.append("<path d=\"").append(path(stroke.points(), false)).append("\" stroke-width=\"")
				.append(number(stroke.width())).append("\"/>");
		}
		else if (shape instanceof Blob blob) {
			svg.append("<path d=\"").append(path(blob.points(), true)).append("\" stroke-width=\"")
				.append(number(blob.rounding())).append("\"/>");
		}
		else if (shape instanceof Disc disc) {
			svg.append("<circle cx=\"").append(number(disc.centre().x())).append("\" cy=\"")
				.append(number(-disc.centre().y())).append("\" r=\"").append(number(disc.radius())).append("\"/>");
		}
	}

	private static String path(List<Point> points, boolean closed) {
		StringBuilder d = new StringBuilder();
		for (int i = 0; i < points.size(); i++) {
			d.append(i == 0 ? "M" : " ").append(number(points.get(i).x())).append(' ').append(number(-points.get(i).y()));
		}
		return closed ? d.append('Z').toString() : d.toString();
	}

	/** One decimal, without a trailing ".0" or a negative zero. */
	static String number(double value) {
		long tenths = Math.round(value * 10);
		if (tenths == 0) {
			return "0";
		}
		String sign = tenths < 0 ? "-" : "";
		long abs = Math.abs(tenths);
		return abs % 10 == 0 ? sign + abs / 10 : sign + abs / 10 + "." + abs % 10;
	}

}
