package org.postpartumback;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.postpartumback.layout.SiteMap;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML every page is served with passes the Nu HTML Checker (the W3C's HTML validator) with no errors. Pages
 * come from the site map, plus the not-found page, so a new page is checked without changing this class.
 * <p>
 * The checker runs in the test JVM, sharing the Spring context of the other live-server tests: the pom keeps its
 * Jetty HTTP client at the version it was built with and leaves out the parts (Jetty server, servlet API 5, Saxon)
 * that would clash with the app's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HtmlValidityTests {

	/** The checker's default schema: HTML with SVG, MathML, ARIA and RDFa Lite. */
	private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private static Checker checker;

	private final LiveSite site;

	private final List<String> pages;

	HtmlValidityTests(@LocalServerPort int port, SiteMap siteMap) {
		this.site = new LiveSite(port);
		this.pages = siteMap.everyLanguage();
	}

	@BeforeAll
	static void setUpChecker() throws Exception {
		checker = new Checker();
	}

	@TestFactory
	Stream<DynamicTest> everyPageIsValidHtml() {
		return Stream.of(this.pages.stream().map(path -> page(path, 200)),
				Stream.of(page("/offline", 200), page("/routine/print.pdf?paper=a5", 400),
						page("/routine/reminder.ics?time=later", 400), page("/no/such/page", 404)))
			.flatMap(pages -> pages)
			.map(page -> DynamicTest.dynamicTest(page.path(), () -> {
				HttpResponse<String> response = this.site.get(page.path());
				assertThat(response.statusCode()).isEqualTo(page.status());
				assertThat(checker.errors(response.body())).as(page.path()).isEmpty();
			}));
	}

	@Test
	void theCheckerReportsInvalidHtml() throws Exception {
		assertThat(checker.errors("""
				<!DOCTYPE html><html lang="en"><title>Broken</title><p>Text<div></p><img src="photo.png">
				""")).anySatisfy(error -> assertThat(error).contains("“p” end tag"))
			.anySatisfy(error -> assertThat(error).contains("“alt” attribute"));
	}

	private static Page page(String path, int status) {
		return new Page(path, status);
	}

	private record Page(String path, int status) {
	}

	/** One Nu HTML Checker, set up once (reading its schemas takes a few seconds) and reused for every page. */
	private static final class Checker implements ErrorHandler {

		private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);

		private final List<String> errors = new ArrayList<>();

		Checker() throws Exception {
			this.validator.setUpMainSchema(SCHEMA, this);
			this.validator.setUpValidatorAndParsers(this, true, false);
		}

		/** Every error (not warnings or notes) in the document, with its line and column. */
		List<String> errors(String html) throws Exception {
			this.errors.clear();
			this.validator.checkHtmlInputSource(
					new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
			return List.copyOf(this.errors);
		}

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) {
			this.errors.add(describe(exception));
		}

		@Override
		public void fatalError(SAXParseException exception) {
			this.errors.add(describe(exception));
		}

		private static String describe(SAXParseException exception) {
			return exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage();
		}

	}

}
