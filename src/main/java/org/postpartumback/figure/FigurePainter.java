package org.postpartumback.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Map;

import org.postpartumback.figure.Shape.Blob;
import org.postpartumback.figure.Shape.Disc;
import org.postpartumback.figure.Shape.Stroke;

/** Paints a drawing with Java2D (for the link-preview images): the same shapes the pages show as SVG. */
public final class FigurePainter {

	private FigurePainter() {
	}

	/** Paints the drawing scaled to fit the box at ({@code x}, {@code y}), {@code width} by {@code height}, centred. */
	public static void paint(Graphics2D g, Drawing drawing, double x, double y, double width, double height,
			Map<Tone, Color> colours) {
		double scale = Math.min(width / drawing.width(), height / drawing.height());
		double left = x + (width - drawing.width() * scale) / 2;
		double top = y + (height - drawing.height() * scale) / 2;
		AffineTransform saved = g.getTransform();
		g.translate(left, top);
		g.scale(scale, scale);
		g.translate(-drawing.minX(), drawing.maxY());
		for (Shape shape : drawing.shapes()) {
			g.setColor(colours.get(shape.tone()));
			if (shape instanceof Stroke stroke) {
				g.setStroke(new BasicStroke((float) stroke.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
				g.draw(path(stroke.points(), false));
			}
			else if (shape instanceof Blob blob) {
				Path2D outline = path(blob.points(), true);
				g.fill(outline);
				g.setStroke(new BasicStroke((float) blob.rounding(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
				g.draw(outline);
			}
			else if (shape instanceof Disc disc) {
				g.fill(new Ellipse2D.Double(disc.centre().x() - disc.radius(), -disc.centre().y() - disc.radius(),
						disc.radius() * 2, disc.radius() * 2));
			}
		}
		g.setTransform(saved);
	}

	private static Path2D path(List<Point> points, boolean closed) {
		Path2D path = new Path2D.Double();
		path.moveTo(points.get(0).x(), -points.get(0).y());
		for (Point p : points.subList(1, points.size())) {
			path.lineTo(p.x(), -p.y());
		}
		if (closed) {
			path.closePath();
		}
		return path;
	}

}
