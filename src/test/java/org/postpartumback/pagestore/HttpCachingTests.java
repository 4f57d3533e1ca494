package org.postpartumback.pagestore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.postpartumback.LiveSite;
import org.postpartumback.layout.SiteMap;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Rendered pages from memory with ETags and gzip, and static files at hashed URLs, on the running app. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpCachingTests {

	private static final String IMMUTABLE_FOR_A_YEAR = "max-age=31536000";

	private final LiveSite site;

	private final PageStore pageStore;

	private final SiteMap siteMap;

	private final int port;

	HttpCachingTests(@LocalServerPort int port, PageStore pageStore, SiteMap siteMap) {
		this.port = port;
		this.site = new LiveSite(port);
		this.pageStore = pageStore;
		this.siteMap = siteMap;
	}

	/**
	 * The largest page the benchmark serves, the full routine's printout, answers (headers and gzip body) within
	 * Tomcat's socket write buffer ({@code socket.appWriteBufSize}, 8 KB by default): a larger answer takes two
	 * system calls where nginx makes one (docs/performance.md).
	 */
	@Test
	void theFullRoutinePrintoutAnswersWithinOneSocketWrite() throws IOException {
		String path = "/routine/print?r=heat&r=gentle-movement&e=banded-as&e=double-chins&e=thread-the-needle"
				+ "&e=thoracic-roll-out&e=couch-stretch";
		site.get(path);
		byte[] answer;
		try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
			socket.getOutputStream()
				.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip\r\n"
						+ "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			answer = socket.getInputStream().readAllBytes();
		}
		assertThat(new String(answer, 0, 15, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200 \r\n");
		assertThat(new String(answer, StandardCharsets.ISO_8859_1)).contains("Content-Encoding: gzip");
		assertThat(answer.length).as("bytes sent, with a Connection: close the benchmark does not send")
			.isLessThanOrEqualTo(KeptPage.ONE_WRITE);
	}

	@Test
	void aPageAnswersWithTheSameStrongEtagEveryTimeAndAsksToRevalidate() {
		HttpResponse<String> first = site.get("/relief");
		HttpResponse<String> second = site.get("/relief");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(second.statusCode()).isEqualTo(200);
		String etag = header(first, "ETag");
		assertThat(etag).matches("\"[0-9a-f]{32}\"");
		assertThat(header(second, "ETag")).isEqualTo(etag);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(header(second, "Cache-Control")).isEqualTo("no-cache");
		assertThat(header(second, "Vary")).isEqualToIgnoringCase("Accept-Encoding");
	}

	@Test
	void trackingParametersOnASharedLinkGetTheSamePageWithoutRenderingItAgain() {
		for (String path : new String[] { "/exercises/couch-stretch", "/routine?e=couch-stretch",
				"/routine/print?r=heat&e=couch-stretch" }) {
			HttpResponse<String> plain = site.get(path);
			assertThat(pageStore.keys()).contains(path);
			String separator = path.contains("?") ? "&" : "?";
			for (String query : new String[] { "fbclid=IwAR2x", "utm_source=whatsapp&utm_medium=share", "x=%3Cb%3E" }) {
				HttpResponse<String> shared = site.get(path + separator + query);
				assertThat(shared.statusCode()).isEqualTo(200);
				assertThat(shared.body()).as(path + separator + query).isEqualTo(plain.body());
				assertThat(header(shared, "ETag")).as(query).isEqualTo(header(plain, "ETag"));
			}
		}
		assertThat(pageStore.keys()).noneMatch(key -> key.contains("fbclid") || key.contains("utm_"));

		// a routine with a choice the guide does not know is no canonical routine: rendered, never kept
		site.get("/routine?e=couch-stretch&e=tracking-test");
		assertThat(pageStore.keys()).noneMatch(key -> key.contains("tracking-test"));
	}

	@Test
	void pagesFromMemoryKeepTheirHeadersIntactAcrossManyAnswers() {
		// every answer for a page from memory has the same headers, with other kinds of answers in between (Tomcat
		// reuses its header slots from one response to the next; RawHeaderTests pins down how that could go wrong)
		List<String> paths = siteMap.paths();
		Map<String, Map<String, List<String>>> first = new TreeMap<>();
		for (int round = 0; round < 4; round++) {
			for (String path : paths) {
				for (String encoding : new String[] { "gzip", "identity" }) {
					for (String other : new String[] { "/sitemap.xml", "/robots.txt", "/no/such/page" }) {
						site.sendForBytes(site.request(other).header("Accept-Encoding", encoding).build());
					}
					HttpResponse<byte[]> response = site
						.sendForBytes(site.request(path).header("Accept-Encoding", encoding).build());
					Map<String, List<String>> headers = withoutDate(response.headers().map());
					Map<String, List<String>> earlier = first.putIfAbsent(path + " " + encoding, headers);
					if (earlier != null) {
						assertThat(headers).as(path + " " + encoding + ", round " + round).isEqualTo(earlier);
					}
				}
			}
		}
		assertThat(first).hasSize(2 * paths.size());
	}

	private static Map<String, List<String>> withoutDate(Map<String, List<String>> headers) {
		Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		copy.putAll(headers);
		// the date, and whether the connection stays open (Tomcat closes it after 100 requests), differ by answer
		copy.remove("date");
		copy.remove("connection");
		copy.remove("keep-alive");
		return copy;
	}

	@Test
	void ifNoneMatchWithTheCurrentEtagGetsNotModifiedWithoutABody() {
		String etag = header(site.get("/causes"), "ETag");
		HttpResponse<String> revalidated = site.send(site.request("/causes").header("If-None-Match", etag).build());
		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
		assertThat(header(revalidated, "ETag")).isEqualTo(etag);

		HttpResponse<String> stale = site
			.send(site.request("/causes").header("If-None-Match", "\"an-older-version\"").build());
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains("</html>");
	}

	@Test
	void gzipIsSentWhenAcceptedAndDecompressesToTheSameHtml() {
		String html = site.get("/exercises/banded-as").body();
		HttpResponse<byte[]> compressed = site
			.sendForBytes(site.request("/exercises/banded-as").header("Accept-Encoding", "gzip").build());
		assertThat(compressed.statusCode()).isEqualTo(200);
		assertThat(header(compressed, "Content-Encoding")).isEqualTo("gzip");
		assertThat(header(compressed, "Vary")).isEqualToIgnoringCase("Accept-Encoding");
		assertThat(header(compressed, "ETag")).matches("\"[0-9a-f]{32}-gzip\"");
		assertThat(compressed.body().length).isLessThan(html.getBytes(StandardCharsets.UTF_8).length / 2);
		assertThat(new String(gunzip(compressed.body()), StandardCharsets.UTF_8)).isEqualTo(html);

		HttpResponse<byte[]> refused = site.sendForBytes(
				site.request("/exercises/banded-as").header("Accept-Encoding", "gzip;q=0, identity").build());
		assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(new String(refused.body(), StandardCharsets.UTF_8)).isEqualTo(html);
	}

	@Test
	void headAnswersWithTheHeadersOfGetAndNoBody() {
		// HEAD before and after the page is kept: KeptPagesLiveTests has HEAD as the very first request
		String path = "/routine?r=gentle-movement&e=banded-as";
		HttpResponse<String> head = site
			.send(site.request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
		HttpResponse<String> get = site.get(path);
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(header(head, "ETag")).isEqualTo(header(get, "ETag"));
		assertThat(header(head, "Content-Length"))
			.isEqualTo(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length));
		assertThat(header(head, "Content-Type")).isEqualTo(header(get, "Content-Type"));
	}

	@Test
	void anErrorPageIsNeverCachedAsASuccess() {
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> missing = site.get("/exercises/no-such-exercise");
			assertThat(missing.statusCode()).isEqualTo(404);
			assertThat(missing.headers().firstValue("ETag")).isEmpty();
			assertThat(missing.body()).contains("Page not found");
		}
	}

	@Test
	void pagesDoNotDependOnAcceptLanguage() {
		// a printout that is not a canonical routine (a repeated choice), so both are rendered rather than served from
		// memory (every page's footer shows the review date)
		String print = "/routine/print?e=banded-as&e=banded-as";
		HttpResponse<String> french = site
			.send(site.request(print).header("Accept-Language", "fr-FR,fr;q=0.9").build());
		HttpResponse<String> english = site.send(site.request(print).build());
		assertThat(french.body()).isEqualTo(english.body());
		assertThat(header(french, "Content-Language")).isEqualTo("en");
	}

	@Test
	void staticFilesAreLinkedAtContentHashedUrlsCachedForAYearAndPrecompressed() {
		Document home = LiveSite.parse(site.get("/"));
		String css = home.select("link[rel=stylesheet]").attr("href");
		String js = home.select("script[src]").attr("src");
		String icon = home.select("link[rel=icon]").attr("href");
		assertThat(css).matches("/css/site-[0-9a-f]{32}\\.css");
		assertThat(js).matches("/js/site-[0-9a-f]{32}\\.js");
		assertThat(icon).as("inlined, so that a first visit needs no request for it").startsWith("data:image/svg+xml,");
		for (String path : new String[] { css, js }) {
			HttpResponse<byte[]> file = site.sendForBytes(site.request(path).header("Accept-Encoding", "gzip").build());
			assertThat(file.statusCode()).as(path).isEqualTo(200);
			assertThat(header(file, "Cache-Control")).as(path).contains(IMMUTABLE_FOR_A_YEAR, "immutable");
			assertThat(header(file, "Content-Encoding")).as(path).isEqualTo("gzip");
			assertThat(gunzip(file.body())).as(path).isNotEmpty();
		}
	}

	private static String header(HttpResponse<?> response, String name) {
		return response.headers().firstValue(name).orElse(null);
	}

	private static byte[] gunzip(byte[] bytes) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
