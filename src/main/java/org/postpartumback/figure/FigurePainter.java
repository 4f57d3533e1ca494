package org.postpartumback.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.postpartumback.figure.Shape.Blob;
import org.postpartumback.figure.Shape.Disc;
import org.postpartumback.figure.Shape.Stroke;

/** Paints a drawing with Java2D (for the link-preview images): the same shapes the pages show as SVG. */
public final class FigurePainter {

	/** The site's light colours (site.css): for pictures shown on a light page. */
	public static final Map<Tone, Color> LIGHT = Map.ofEntries(Map.entry(Tone.BODY, new Color(0x3f4a46)),
			Map.entry(Tone.FAR_BODY, new Color(0x6f7a76)), Map.entry(Tone.MOVING, new Color(0xb0461b)),
			Map.entry(Tone.FAR_MOVING, new Color(0xc9703f)), Map.entry(Tone.PROP, new Color(0x7d6d5a)),
			Map.entry(Tone.GROUND, new Color(0x7d6d5a)), Map.entry(Tone.BAND, new Color(0x2e7d8c)),
			Map.entry(Tone.MAT, new Color(0xd9e4e8)), Map.entry(Tone.GHOST_LINE, new Color(0x9aa3a0)),
			Map.entry(Tone.GHOST_FILL, new Color(0xe6e9e7)), Map.entry(Tone.HOLE, Color.WHITE));

	/** Greys and black for paper, as the printed page shows them (site.css, print). */
	public static final Map<Tone, Color> PRINT = Map.ofEntries(Map.entry(Tone.BODY, new Color(0x333333)),
			Map.entry(Tone.FAR_BODY, new Color(0x888888)), Map.entry(Tone.MOVING, Color.BLACK),
			Map.entry(Tone.FAR_MOVING, new Color(0x666666)), Map.entry(Tone.PROP, new Color(0x999999)),
			Map.entry(Tone.GROUND, new Color(0x999999)), Map.entry(Tone.BAND, new Color(0x555555)),
			Map.entry(Tone.MAT, new Color(0xe4e4e4)), Map.entry(Tone.GHOST_LINE, new Color(0xaaaaaa)),
			Map.entry(Tone.GHOST_FILL, new Color(0xeeeeee)), Map.entry(Tone.HOLE, Color.WHITE));

	private FigurePainter() {
	}

	/** The drawing alone as a PNG {@code height} pixels high on white, for paper (the PDF) and for looking at. */
	public static byte[] png(Drawing drawing, int height, Map<Tone, Color> colours) {
		int width = (int) Math.ceil(height * drawing.width() / drawing.height());
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			paint(g, drawing, 0, 0, width, height, colours);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
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
