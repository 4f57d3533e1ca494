package org.postpartumback.routine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.postpartumback.figure.Drawing;
import org.postpartumback.figure.FigurePainter;
import org.springframework.core.io.ClassPathResource;

/**
 * Turns the printout's HTML, as the browser gets it, into a one-page PDF with openhtmltopdf (PDFBox underneath): the
 * site's stylesheet and scripts are swapped for a print stylesheet in CSS 2.1, DejaVu Sans is embedded (subset), and
 * the text is made smaller step by step until the routine fits on one sheet.
 */
class PdfMaker {

	/**
	 * Body text sizes and figure heights (mm) tried in turn; the first that fits one page wins. The figures keep 20 mm
	 * while the text can stay at 8pt or more, then give way to the text.
	 */
	private static final List<Fit> FITS = List.of(new Fit("9pt", 20), new Fit("8.5pt", 20), new Fit("8pt", 20),
			new Fit("8pt", 16), new Fit("7.5pt", 16), new Fit("7.5pt", 13), new Fit("7pt", 13), new Fit("6.5pt", 13),
			new Fit("6.5pt", 10));

	private record Fit(String fontSize, double figureMm) {
	}

	private static final String FONT_FAMILY = "DejaVu Sans";

	/** A figure's widest on paper, and its height in pixels: about 300 dpi at 20 mm. */
	private static final double FIGURE_MAX_WIDTH_MM = 30;

	private static final int FIGURE_PIXELS = 236;

	private final String css;

	PdfMaker() {
		try {
			this.css = new ClassPathResource("pdf/routine.css").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The two faces embedded, read for each PDF: a PDF is made once per address and kept, so 1.4 MB of fonts held
	 * for the app's life would serve a handful of renders. */
	private record Fonts(byte[] regular, byte[] bold) {

		static Fonts read() {
			try {
				return new Fonts(new ClassPathResource("fonts/DejaVuSans.ttf").getContentAsByteArray(),
						new ClassPathResource("fonts/DejaVuSans-Bold.ttf").getContentAsByteArray());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * @param html the printout page as served
	 * @param baseUri the public address relative links resolve against
	 * @param paper the sheet size
	 * @param title the PDF's title
	 */
	byte[] make(String html, String baseUri, Paper paper, String title,
			Function<String, Optional<Drawing>> figures) {
		Document page = Jsoup.parse(html, baseUri);
		paintFigures(page, figures);
		Fonts fonts = Fonts.read();
		byte[] pdf = null;
		for (Fit fit : FITS) {
			pdf = render(sized(page, fit.figureMm()), baseUri, paper, title, fit.fontSize(), fonts);
			if (pages(pdf) == 1) {
				return pdf;
			}
		}
		return pdf;
	}

	private byte[] render(String html, String baseUri, Paper paper, String title, String fontSize, Fonts fonts) {
		Document page = Jsoup.parse(html, baseUri);
		page.select("link, script, meta[name=theme-color], .no-print, .skip-link, .site-header").remove();
		twoColumns(page);
		page.head().appendElement("style")
			.text("@page { size: " + paper.cssSize() + "; margin: 9mm; }\n" + this.css.replace("var-font-size", fontSize));
		page.title(title);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(fonts.regular()), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(fonts.bold()), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withW3cDocument(new W3CDom().fromJsoup(page), baseUri);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Each figure of the printout (an inline SVG, which openhtmltopdf does not draw without its SVG module) becomes
	 * a PNG painted from the same drawing with Java2D, 20 mm high like the browser's printout, in print greys.
	 */
	private static void paintFigures(Document page, Function<String, Optional<Drawing>> figures) {
		// Floated first in its card, beside the heading and the dose (short lines), where it costs the least height.
		for (Element figure : page.select(".sheet-figs")) {
			figure.parent().prependChild(figure);
		}
		for (Element svg : page.select("svg[data-figure]")) {
			Optional<Drawing> drawing = figures.apply(svg.attr("data-figure"));
			if (drawing.isEmpty()) {
				svg.remove();
				continue;
			}
			Drawing d = drawing.get();
			byte[] png = FigurePainter.png(d, FIGURE_PIXELS, FigurePainter.PRINT);
			svg.replaceWith(new Element("img").addClass("sheet-fig")
				.attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(png))
				.attr("alt", "")
				.attr("data-aspect", String.format(Locale.ROOT, "%.4f", d.width() / d.height())));
		}
	}

	/** The page with every figure {@code heightMm} high (less when it would be wider than a third of a column). */
	private static String sized(Document page, double heightMm) {
		Document copy = page.clone();
		for (Element img : copy.select("img.sheet-fig")) {
			double aspect = Double.parseDouble(img.attr("data-aspect"));
			double height = Math.min(heightMm, FIGURE_MAX_WIDTH_MM / aspect);
			// Sized in the attributes too (CSS pixels): the layout must never see the PNG's own, much larger, size.
			img.attr("width", String.format(Locale.ROOT, "%.0f", height * aspect * 96 / 25.4))
				.attr("height", String.format(Locale.ROOT, "%.0f", height * 96 / 25.4))
				.attr("style", String.format(Locale.ROOT, "width: %.1fmm; height: %.1fmm;", height * aspect, height));
		}
		return copy.outerHtml();
	}

	/** The steps side by side, two to a row, in a table: the PDF layout has no grid. */
	private static void twoColumns(Document page) {
		for (Element list : page.select("ol.sheet-steps")) {
			Element table = new Element("table").addClass("sheet-columns");
			Element row = null;
			for (Element step : list.children()) {
				if (row == null || row.childrenSize() == 2) {
					row = table.appendElement("tr");
				}
				Element cell = row.appendElement("td");
				step.tagName("div");
				cell.appendChild(step);
			}
			if (row != null && row.childrenSize() == 1) {
				// An odd step leaves a cell free: the QR code and link take it, so the warning signs keep to one page.
				Element cell = row.appendElement("td");
				Element link = page.selectFirst(".sheet-link");
				if (link != null) {
					cell.appendChild(link);
				}
			}
			list.replaceWith(table);
		}
	}

	private static int pages(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
