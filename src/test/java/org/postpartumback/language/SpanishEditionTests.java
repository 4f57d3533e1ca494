package org.postpartumback.language;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import biweekly.Biweekly;
import biweekly.ICalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.postpartumback.LiveSite;
import org.postpartumback.RawHttp;
import org.postpartumback.layout.SiteMap;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The Spanish edition on the running app: a twin of every page, in Spanish throughout, linked both ways. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "site.content.close-database=false")
class SpanishEditionTests {

	private static final String BASE = "http://localhost:8080";

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private final LiveSite site;

	private final SiteMap siteMap;

	private final Addresses addresses;

	private final MessageSource messages;

	private final Language spanish;

	private final JdbcTemplate jdbc;

	private final int port;

	SpanishEditionTests(@LocalServerPort int port, SiteMap siteMap, Addresses addresses, Languages languages,
			MessageSource messages, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.port = port;
		this.site = new LiveSite(port);
		this.siteMap = siteMap;
		this.addresses = addresses;
		this.messages = messages;
		this.spanish = languages.byCode("es").orElseThrow();
	}

	private String es(String path) {
		return addresses.localize(path, spanish);
	}

	@Test
	void spanishAddressesReadInSpanish() {
		assertThat(siteMap.paths().stream().map(this::es)).contains("/es/", "/es/ejercicios",
				"/es/ejercicios/a-con-banda", "/es/causas", "/es/alivio", "/es/rutina", "/es/rutina/imprimir",
				"/es/rutina/sesion", "/es/cuando-pedir-ayuda", "/es/acerca-de");
		assertThat(es("/routine?r=heat&e=banded-as")).isEqualTo("/es/rutina?r=calor&e=a-con-banda");
		assertThat(es("/css/site.css")).isEqualTo("/css/site.css");
	}

	@Test
	void everyPageHasASpanishTwinInSpanishWithTheDisclaimerAndLinksBothWays() {
		String disclaimer = messages.getMessage("disclaimer.text", null, SPANISH);
		assertThat(siteMap.paths()).allSatisfy(path -> {
			String twin = es(path);
			HttpResponse<String> response = site.get(twin);
			assertThat(response.statusCode()).as(twin).isEqualTo(200);
			Document page = LiveSite.parse(response);
			assertThat(page.select("html").attr("lang")).as(twin).isEqualTo("es");
			assertThat(page.select("footer .disclaimer").text()).as(twin).contains(disclaimer);
			assertThat(page.select("link[rel=canonical]").attr("href")).as(twin).isEqualTo(BASE + twin);
			assertLinkedBothWays(page, path, twin);
			assertThat(page.select("meta[property=og:locale]").attr("content")).as(twin).isEqualTo("es_US");
			assertThat(page.select("meta[property=og:locale:alternate]").attr("content")).as(twin).isEqualTo("en_US");
			assertThat(page.select(".language-switch a").attr("href")).as(twin).isEqualTo(path);
			assertThat(page.select(".language-switch a").attr("lang")).as(twin).isEqualTo("en");

			Document english = LiveSite.parse(site.get(path));
			assertLinkedBothWays(english, path, twin);
			assertThat(english.select(".language-switch a").attr("href")).as(path).isEqualTo(twin);
			assertThat(english.select(".language-switch a").text()).as(path).isEqualTo("Leer en español");
		});
	}

	private static void assertLinkedBothWays(Document page, String english, String spanish) {
		assertThat(page.select("link[rel=alternate][hreflang=en]").attr("href")).isEqualTo(BASE + english);
		assertThat(page.select("link[rel=alternate][hreflang=es]").attr("href")).isEqualTo(BASE + spanish);
		assertThat(page.select("link[rel=alternate][hreflang=x-default]").attr("href")).isEqualTo(BASE + english);
	}

	/**
	 * Every message key has its Spanish value (content texts: {@link TranslationCoverageTests}), and no Spanish page shows an English
	 * message or content text (a template or a controller handing a page the English catalogue would).
	 */
	@Test
	void noSpanishPageShowsAnyEnglish() throws IOException {
		Properties english = properties("messages.properties");
		Properties castellano = properties("messages_es.properties");
		assertThat(castellano.stringPropertyNames()).as("message keys").isEqualTo(english.stringPropertyNames());

		// the English of every content text, but for names the Spanish keeps ("CDC", or a clinic's name followed by
		// its country)
		Set<String> englishTexts = new TreeSet<>(jdbc.queryForList(
				"SELECT english FROM translation WHERE language = 'es' AND LOCATE(english, text) = 0",
				String.class));
		english.stringPropertyNames()
			.stream()
			.filter(key -> !english.getProperty(key).equals(castellano.getProperty(key)))
			.map(key -> messages.getMessage(key, null, Locale.ENGLISH))
			.filter(text -> !text.contains("{"))
			.forEach(englishTexts::add);
		Set<String> sentences = englishTexts.stream()
			.filter(text -> text.split("\\s+").length >= 3)
			.collect(Collectors.toCollection(TreeSet::new));

		List<String> pages = new ArrayList<>(siteMap.paths().stream().map(this::es).toList());
		pages.addAll(List.of(es("/routine?r=heat&e=banded-as&e=thread-the-needle"), es("/offline"), "/es/no-existe"));
		assertThat(pages).allSatisfy(path -> {
			HttpResponse<String> response = site.get(path);
			assertThat(response.body()).as(path).doesNotContainPattern("\\?\\?[\\w.-]+\\?\\?");
			String shown = shownText(Jsoup.parse(response.body()));
			assertThat(sentences.stream().filter(shown::contains)).as(path + ": English shown").isEmpty();
		});
	}

	/**
	 * What a reader sees or hears in Spanish: text, and the attributes read out or shown for an element; a part
	 * marked as another language (the link to the English page) is not Spanish text.
	 */
	private static String shownText(Document page) {
		page.select("body [lang]:not([lang=es])").remove();
		StringBuilder shown = new StringBuilder(page.text());
		for (Element element : page.getAllElements()) {
			element.attributes().forEach(attribute -> {
				String name = attribute.getKey();
				if (name.equals("alt") || name.equals("title") || name.equals("aria-label") || name.equals("content")
						|| name.startsWith("data-l")) {
					shown.append('\n').append(attribute.getValue());
				}
			});
		}
		return shown.toString();
	}

	private static Properties properties(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(file).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	/** The language is the address's: Accept-Language never changes an answer (so caches and CDNs can keep it). */
	@Test
	void theLanguageOfAPageComesFromItsAddressNeverFromAcceptLanguage() {
		HttpResponse<String> english = site.send(site.request("/exercises").header("Accept-Language", "es-MX,es;q=0.9").GET().build());
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(LiveSite.parse(english).select("html").attr("lang")).isEqualTo("en");
		assertThat(english.body()).isEqualTo(site.get("/exercises").body());
		HttpResponse<String> spanish = site.send(site.request("/es/ejercicios").header("Accept-Language", "en-US").GET().build());
		assertThat(LiveSite.parse(spanish).select("html").attr("lang")).isEqualTo("es");
		assertThat(spanish.body()).isEqualTo(site.get("/es/ejercicios").body());
		assertThat(spanish.headers().firstValue("Content-Language")).hasValue("es");
		assertThat(spanish.headers().allValues("Vary")).noneMatch(vary -> vary.contains("Accept-Language"));
	}

	@Test
	void theSiteMapListsEveryPageInBothLanguagesWithItsTwins() {
		Document sitemap = Jsoup.parse(site.get("/sitemap.xml").body(), Parser.xmlParser());
		assertThat(sitemap.select("url > loc").eachText()).hasSize(2 * siteMap.paths().size())
			.contains(BASE + "/exercises/banded-as", BASE + "/es/ejercicios/a-con-banda");
		assertThat(sitemap.select("url")).allSatisfy(url -> assertThat(
				url.select("xhtml|link").eachAttr("hreflang")).containsExactly("en", "es", "x-default"));
	}

	@Test
	void aSpanishRoutineKeepsItsChoicesInSpanishInItsLinksAndForms() {
		String path = "/es/rutina?r=calor&e=a-con-banda";
		Document page = LiveSite.parse(site.get(path));
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + path);
		assertThat(page.select(".pdf-form").attr("action")).isEqualTo("/es/rutina/imprimir.pdf");
		assertThat(page.select(".pdf-form input[name=e]").eachAttr("value")).containsExactly("a-con-banda");
		assertThat(page.select(".pdf-form option").eachAttr("value")).containsExactly("a4", "carta");
		assertThat(page.select("a[href^=/es/rutina/sesion]").attr("href"))
			.isEqualTo("/es/rutina/sesion?r=calor&e=a-con-banda");

		Document print = LiveSite.parse(site.get("/es/rutina/imprimir?r=calor&e=a-con-banda"));
		assertThat(print.select("img[src^=data:image/png]")).isNotEmpty();
		assertThat(print.text()).contains(BASE + path);
	}

	@Test
	void theSpanishPdfReminderManifestAndPreviewAreInSpanish() throws IOException {
		HttpResponse<byte[]> pdf = site.sendForBytes(site.request("/es/rutina/imprimir.pdf?paper=carta").GET().build());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).contains("filename=\"rutina-espalda-"));
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(messages.getMessage("disclaimer.text", null, SPANISH).replaceAll("\\s+", " "))
				.contains("A con banda elástica");
		}

		HttpResponse<String> reminder = site.get("/es/rutina/recordatorio.ics?e=a-con-banda&time=07:30");
		ICalendar calendar = Biweekly.parse(reminder.body()).first();
		assertThat(calendar.getEvents().get(0).getSummary().getValue()).contains("A con banda elástica");
		assertThat(calendar.getEvents().get(0).getUrl().getValue()).isEqualTo(BASE + "/es/rutina?e=a-con-banda");

		String manifest = site.get("/es/manifest.webmanifest").body();
		assertThat(manifest).contains("\"lang\":\"es\"", "\"start_url\":\"/es/\"");

		Document exercise = LiveSite.parse(site.get("/es/ejercicios/a-con-banda"));
		String image = exercise.select("meta[property=og:image]").attr("content");
		assertThat(image).startsWith(BASE + "/previews/es-banded-as-");
		assertThat(exercise.select("meta[property=og:image:alt]").attr("content")).contains("A con banda elástica");
		HttpResponse<byte[]> png = site.sendForBytes(site.request(image.substring(BASE.length())).GET().build());
		assertThat(png.statusCode()).isEqualTo(200);
		assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
	}

	@Test
	void datesAreWrittenTheSpanishWayAndBadAddressesAnswerInSpanish() {
		Document home = LiveSite.parse(site.get("/es/"));
		assertThat(home.select("footer .reviewed").text()).matches(".*\\d{1,2} de [a-záéíóú]+ de \\d{4}\\.?");

		HttpResponse<String> missing = site.get("/es/ejercicios/no-existe");
		assertThat(missing.statusCode()).isEqualTo(404);
		Document notFound = LiveSite.parse(missing);
		assertThat(notFound.select("html").attr("lang")).isEqualTo("es");
		assertThat(notFound.select("a.brand").attr("href")).isEqualTo("/es/");

		HttpResponse<String> paper = site.get("/es/rutina/imprimir.pdf?paper=papiro");
		assertThat(paper.statusCode()).isEqualTo(400);
		assertThat(LiveSite.parse(paper).select("html").attr("lang")).isEqualTo("es");

		// a Spanish link cut short by a messenger, which Tomcat turns away before any filter
		RawHttp.Response cut = RawHttp.send(port, "GET /es/rutina?e=a-con-banda%2 HTTP/1.1");
		assertThat(cut.status()).isEqualTo(400);
		assertThat(Jsoup.parse(cut.body()).select("html").attr("lang")).isEqualTo("es");
		RawHttp.Response english = RawHttp.send(port, "GET /routine?e=banded-as%2 HTTP/1.1");
		assertThat(english.status()).isEqualTo(400);
		assertThat(Jsoup.parse(english.body()).select("html").attr("lang")).isEqualTo("en");

		HttpResponse<String> bare = site.get("/es");
		assertThat(bare.statusCode()).isEqualTo(301);
		assertThat(bare.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/es/"));
	}

}
