package org.postpartumback.browser;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A page printed to PDF by Chromium itself (print media, as a person pressing Print gets it), read back with
 * PDFBox: how many sheets it takes and the text on them, with all runs of white space made single spaces.
 */
record PrintedPdf(int sheets, String text) {

	/** The paper sizes the guide must print on. */
	enum Paper {

		A4("A4"), US_LETTER("Letter");

		private final String format;

		Paper(String format) {
			this.format = format;
		}

	}

	static PrintedPdf print(Page page, Paper paper) {
		byte[] pdf = page.pdf(new Page.PdfOptions().setFormat(paper.format));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			return new PrintedPdf(document.getNumberOfPages(), text.replaceAll("\\s+", " ").trim());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
