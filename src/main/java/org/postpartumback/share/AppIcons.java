package org.postpartumback.share;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.util.UriUtils;

/**
 * The app's icon: the drawing of {@code static/favicon.svg} (a rounded green square with a white curved spine and a
 * head), as the SVG favicon inlined in every page and as the PNG icons of the web app manifest, drawn here with
 * Java2D from the same shapes. The PNGs are drawn on first use and kept; their URLs carry a hash of their bytes.
 */
@Component
public class AppIcons {

	/** The favicon's drawing, in its 64-unit view box; {@code OfflineKitTests} checks that favicon.svg says the same. */
	public static final String BACKGROUND = "#2f6f62";

	public static final String SPINE = "#fff";

	public static final String HEAD = "#f3c9a8";

	public static final int VIEW_BOX = 64;

	private final String faviconDataUri;

	private final SingletonSupplier<List<Icon>> icons = SingletonSupplier.of(() -> List.of(
			Icon.draw("icon-192", 192, false), Icon.draw("icon-512", 512, false), Icon.draw("maskable-512", 512, true)));

	AppIcons() {
		try {
			String svg = new ClassPathResource("static/favicon.svg").getContentAsString(StandardCharsets.UTF_8).strip();
			// Inlined so that the icon costs no request of its own on a first visit.
			this.faviconDataUri = "data:image/svg+xml," + UriUtils.encodeQueryParam(svg, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The favicon as a {@code data:} URI for the layout's icon link. */
	public String faviconDataUri() {
		return this.faviconDataUri;
	}

	public List<Icon> icons() {
		return this.icons.obtain();
	}

	public Optional<Icon> find(String fileName) {
		return icons().stream().filter(icon -> icon.fileName().equals(fileName)).findFirst();
	}

	/**
	 * One PNG icon. A maskable icon fills the whole square (the launcher cuts its own shape) and keeps the drawing
	 * inside the central safe zone.
	 */
	public record Icon(String name, int size, boolean maskable, byte[] png, String fileName) {

		public String path() {
			return "/icons/" + this.fileName;
		}

		static Icon draw(String name, int size, boolean maskable) {
			BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
			Graphics2D g = image.createGraphics();
			try {
				g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
				g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
				g.setColor(Color.decode(BACKGROUND));
				if (maskable) {
					g.fillRect(0, 0, size, size);
					// The drawing shrunk to the inner 60%, well within the 80% circle launchers keep.
					double scale = size * 0.6 / VIEW_BOX;
					g.translate(size * 0.2, size * 0.2);
					g.scale(scale, scale);
				}
				else {
					g.scale((double) size / VIEW_BOX, (double) size / VIEW_BOX);
					g.fill(new RoundRectangle2D.Double(0, 0, VIEW_BOX, VIEW_BOX, 28, 28));
				}
				drawFigure(g);
			}
			finally {
				g.dispose();
			}
			byte[] png = encode(image);
			String hash = DigestUtils.md5DigestAsHex(png).substring(0, 12);
			return new Icon(name, size, maskable, png, name + "-" + hash + ".png");
		}

		/** favicon.svg's path {@code M32 12c-6 8-6 14 0 20s6 12 0 20} and circle, in view-box units. */
		private static void drawFigure(Graphics2D g) {
			Path2D.Double spine = new Path2D.Double();
			spine.moveTo(32, 12);
			spine.curveTo(26, 20, 26, 26, 32, 32);
			spine.curveTo(38, 38, 38, 44, 32, 52);
			g.setColor(Color.WHITE);
			g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			g.draw(spine);
			g.setColor(Color.decode(HEAD));
			g.fill(new Ellipse2D.Double(28, 8, 8, 8));
		}

		private static byte[] encode(BufferedImage image) {
			try {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				ImageIO.write(image, "png", out);
				return out.toByteArray();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
