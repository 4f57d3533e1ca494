package org.postpartumback.share;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.postpartumback.figure.Drawing;
import org.postpartumback.figure.FigurePainter;
import org.postpartumback.figure.Tone;

/**
 * Draws a 1200×630 link-preview card: a large title, a line under it and the guide's name, in the site's colours, and
 * on the right the exercise's figure (the same drawing as on its page) or, for the guide itself, a curve for the back.
 * Flat colours keep the PNG small (well under the 300 KB some messengers accept).
 */
final class PreviewCard {

	static final int WIDTH = 1200;

	static final int HEIGHT = 630;

	/** Change when the drawing changes, so that the versioned image URLs change with it. */
	static final String DESIGN_VERSION = "3";

	private static final Color BACKGROUND = new Color(0x1f5f53);

	private static final Color ACCENT = new Color(0xf3c9a8);

	private static final Color TEXT = Color.WHITE;

	private static final Color MUTED = new Color(0xd7ebe5);

	/** The figure's tones on the card's dark green: light body, the site's warm accent for the moving part. */
	private static final Map<Tone, Color> FIGURE = Map.ofEntries(Map.entry(Tone.BODY, MUTED),
			Map.entry(Tone.FAR_BODY, new Color(0x9cc7bb)), Map.entry(Tone.MOVING, ACCENT),
			Map.entry(Tone.FAR_MOVING, new Color(0xcf9f7e)), Map.entry(Tone.PROP, new Color(0x7fb3a5)),
			Map.entry(Tone.GROUND, new Color(0x7fb3a5)), Map.entry(Tone.BAND, new Color(0x9fd8e3)),
			Map.entry(Tone.MAT, new Color(0x3a7d70)), Map.entry(Tone.GHOST_LINE, new Color(0x5f9a8c)),
			Map.entry(Tone.GHOST_FILL, new Color(0x2a6d60)), Map.entry(Tone.HOLE, BACKGROUND));

	private PreviewCard() {
	}

	static byte[] render(String eyebrow, String title, String siteName, Drawing figure) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setColor(BACKGROUND);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			int titleWidth = 900;
			if (figure == null) {
				drawSpine(g);
			}
			else {
				FigurePainter.paint(g, figure, 760, 60, 400, 510, FIGURE);
				titleWidth = 660;
			}

			int left = 80;
			g.setColor(ACCENT);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 34));
			g.drawString(eyebrow, left, 150);

			g.setColor(TEXT);
			Font titleFont = fit(g, title, titleWidth, 96, 56);
			g.setFont(titleFont);
			FontMetrics metrics = g.getFontMetrics();
			int y = 150 + 30 + metrics.getAscent();
			for (String line : wrap(title, metrics, titleWidth)) {
				g.drawString(line, left, y);
				y += metrics.getHeight();
			}

			g.setColor(ACCENT);
			g.fillRoundRect(left, HEIGHT - 150, 120, 10, 10, 10);
			g.setColor(MUTED);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 38));
			g.drawString(siteName, left, HEIGHT - 80);
		}
		finally {
			g.dispose();
		}
		return png(image);
	}

	/** A gentle curve standing for the upper back, on the right-hand side. */
	private static void drawSpine(Graphics2D g) {
		Path2D curve = new Path2D.Double();
		curve.moveTo(1040, 90);
		curve.curveTo(1120, 220, 960, 380, 1040, 540);
		g.setStroke(new BasicStroke(26, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.setColor(new Color(0x2f7a6b));
		g.draw(curve);
		g.setColor(ACCENT);
		g.fillOval(1015, 50, 50, 50);
	}

	/** The largest size from {@code max} down to {@code min} at which the title fits on at most two lines. */
	private static Font fit(Graphics2D g, String text, int width, int max, int min) {
		for (int size = max; size > min; size -= 4) {
			Font font = new Font(Font.SANS_SERIF, Font.BOLD, size);
			if (wrap(text, g.getFontMetrics(font), width).size() <= 2) {
				return font;
			}
		}
		return new Font(Font.SANS_SERIF, Font.BOLD, min);
	}

	private static List<String> wrap(String text, FontMetrics metrics, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split("\\s+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (metrics.stringWidth(candidate) > width && !line.isEmpty()) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	private static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
