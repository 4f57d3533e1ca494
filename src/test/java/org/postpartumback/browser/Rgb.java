package org.postpartumback.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An opaque sRGB colour as the browser reports a computed style, with WCAG's luminance and contrast ratio. */
record Rgb(int red, int green, int blue) {

	private static final Pattern CSS = Pattern.compile("rgba?\\((\\d+),\\s*(\\d+),\\s*(\\d+)(?:,\\s*([\\d.]+))?\\)");

	/** Parses {@code rgb(r, g, b)}; a colour with any transparency is refused, since it would not be what shows. */
	static Rgb parse(String css) {
		Matcher matcher = CSS.matcher(css.strip());
		if (!matcher.matches() || (matcher.group(4) != null && Double.parseDouble(matcher.group(4)) < 1)) {
			throw new IllegalArgumentException("not an opaque rgb() colour: " + css);
		}
		return new Rgb(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
				Integer.parseInt(matcher.group(3)));
	}

	/** Relative luminance, 0 for black to 1 for white (WCAG 2.x definition). */
	double luminance() {
		return 0.2126 * linear(this.red) + 0.7152 * linear(this.green) + 0.0722 * linear(this.blue);
	}

	/** Contrast ratio with another colour, from 1 (none) to 21 (black on white). */
	double contrastWith(Rgb other) {
		double lighter = Math.max(luminance(), other.luminance());
		double darker = Math.min(luminance(), other.luminance());
		return (lighter + 0.05) / (darker + 0.05);
	}

	private static double linear(int channel) {
		double value = channel / 255.0;
		return (value <= 0.04045) ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
	}

}
