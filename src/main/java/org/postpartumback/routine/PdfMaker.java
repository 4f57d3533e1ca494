package org.postpartumback.routine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.core.io.ClassPathResource;

/**
 * Turns the printout's HTML, as the browser gets it, into a one-page PDF with openhtmltopdf (PDFBox underneath): the
 * site's stylesheet and scripts are swapped for a print stylesheet in CSS 2.1, DejaVu Sans is embedded (subset), and
 * the text is made smaller step by step until the routine fits on one sheet.
 */
class PdfMaker {

	/** Body text sizes tried in turn; the largest that fits one page wins. */
	private static final List<String> FONT_SIZES = List.of("9pt", "8.5pt", "8pt", "7.5pt", "7pt", "6.5pt");

	private static final String FONT_FAMILY = "DejaVu Sans";

	private final String css;

	private final byte[] regular;

	private final byte[] bold;

	PdfMaker() {
		try {
			this.css = new ClassPathResource("pdf/routine.css").getContentAsString(StandardCharsets.UTF_8);
			this.regular = new ClassPathResource("fonts/DejaVuSans.ttf").getContentAsByteArray();
			this.bold = new ClassPathResource("fonts/DejaVuSans-Bold.ttf").getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param html the printout page as served
	 * @param baseUri the public address relative links resolve against
	 * @param paper the sheet size
	 * @param title the PDF's title
	 */
	byte[] make(String html, String baseUri, Paper paper, String title) {
		byte[] pdf = null;
		for (String fontSize : FONT_SIZES) {
			pdf = render(html, baseUri, paper, title, fontSize);
			if (pages(pdf) == 1) {
				return pdf;
			}
		}
		return pdf;
	}

	private byte[] render(String html, String baseUri, Paper paper, String title, String fontSize) {
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
			builder.useFont(() -> new ByteArrayInputStream(this.regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(this.bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withW3cDocument(new W3CDom().fromJsoup(page), baseUri);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
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
