package org.postpartumback;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postpartumback.layout.SiteMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad and hostile requests against the running guide. Whatever arrives, the answer is never a 5xx, never shows a stack
 * trace or an exception name, never echoes the request unescaped, and an HTML error page is in the site layout with
 * the disclaimer. Requests Tomcat turns away before they reach the guide (malformed URLs, oversized headers) get the
 * site's 400 page too, with the security headers and neither a report nor a server version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputTests {

	/** Request values built to break out of HTML, attributes, URLs, templates or SQL if they were ever echoed raw. */
	static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "\"><svg onload=alert(1)>",
			"'><img src=x onerror=alert(1)>", "javascript:alert(1)", "' OR '1'='1' --", "../../../../etc/passwd",
			"__${7*7}__::x", "${T(java.lang.Runtime).getRuntime().exec('id')}", "a\u0000b", "é\u202e😀");

	/** The payloads three at a time (markup; URL, SQL and path; template, null byte and Unicode), to keep requests few. */
	static final List<String> COMBINED_PAYLOADS = List.of(String.join("", PAYLOADS.subList(0, 3)),
			String.join("", PAYLOADS.subList(3, 6)), String.join("", PAYLOADS.subList(6, 10)));

	/** What an answer must never contain: a stack trace, an exception name, a default error page, a server banner. */
	static final List<String> LEAKS = List.of("Exception", "at org.", "at java.", "java.lang", "Caused by",
			"Whitelabel", "Tomcat", "\"trace\"");

	private final LiveSite site;

	private final int port;

	private final List<String> pages;

	HostileInputTests(@LocalServerPort int port, SiteMap siteMap) {
		this.site = new LiveSite(port);
		this.port = port;
		this.pages = siteMap.paths();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/no/such/page", "/.env", "/wp-login.php", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF",
			"/application.properties", "/db/migration/V1__schema.sql", "/templates/layout.html",
			"/exercises/no-such-exercise", "/exercises/%2e%2e", "/exercises/BANDED-AS", "/exercises/banded-as%20",
			"/exercises/banded-as.json", "/exercises/%C3%A9tirement", "/exercises/%E2%80%AE%F0%9F%98%80",
			"/exercises/%27%20OR%20%271%27%3D%271", "/exercises/1%3B%20DROP%20TABLE%20exercise%3B--",
			"/exercises/%3Csvg%20onload%3Dalert(1)%3E", "/exercises/%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
			"/exercises/%24%7B7*7%7D", "//evil.example/", "/css/../no-such-file" })
	void unknownOrHostilePathIsNotFoundInTheLayout(String path) {
		HttpResponse<String> response = site.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(404);
		assertThat(response.headers().firstValue("Location")).as(path).isEmpty();
		assertHarmless(response.statusCode(), response.body(), path, decoded(path));
		assertErrorPageInLayout(LiveSite.parse(response), path, "Page not found");
	}

	@Test
	void theErrorPathAskedForDirectlyIsNotFoundInTheLayout() {
		for (HttpResponse<String> response : List.of(site.get("/error"), site.get("/error?status=400"),
				site.send(site.request("/error").header("X-Render-Bad-Request-Page", "guessed").GET().build()))) {
			assertThat(response.statusCode()).isEqualTo(404);
			assertHarmless(response.statusCode(), response.body(), "/error");
			assertErrorPageInLayout(LiveSite.parse(response), "/error", "Page not found");
		}
	}

	@Test
	void veryLongSlugWithinTheRequestLineLimitIsNotFoundInTheLayout() {
		String path = "/exercises/" + "a".repeat(6_000);
		HttpResponse<String> response = site.get(path);
		assertThat(response.statusCode()).isEqualTo(404);
		assertHarmless(response.statusCode(), response.body(), "6,000-character slug");
		assertThat(response.body()).doesNotContain("a".repeat(100));
		assertErrorPageInLayout(LiveSite.parse(response), "6,000-character slug", "Page not found");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/exercises/%2F", "/exercises/..%2F..%2Fetc%2Fpasswd", "/exercises/a%00b",
			"/exercises/%e9", "/exercises/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/css/..%5C..%5Capplication.properties",
			"/exercises/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/exercises/../../../etc/passwd" })
	void encodedSlashNullByteOrEscapeFromTheRootIsTheSitesBadRequestPage(String path) {
		HttpResponse<String> response = site.get(path);
		assertSiteBadRequest(response.statusCode(), response.headers().firstValue("Content-Security-Policy").orElse(null),
				response.body(), path, decoded(path));
	}

	@Test
	void slugOfTenThousandCharactersIsTheSitesBadRequestPage() {
		HttpResponse<String> response = site.get("/exercises/" + "a".repeat(10_000));
		assertSiteBadRequest(response.statusCode(), response.headers().firstValue("Content-Security-Policy").orElse(null),
				response.body(), "10,000-character slug");
		assertThat(response.body()).doesNotContain("a".repeat(100));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/exercises/%zz", "/%", "/exercises/%", "/exercises/%C3%28", "/exercises/<script>alert(1)</script>",
			"/exercises/étirement", "/about?q=<script>alert(1)</script>", "/exercises/banded as" })
	void malformedRequestTargetIsTheSitesBadRequestPage(String target) {
		RawHttp.Response response = RawHttp.send(port, "GET " + target + " HTTP/1.1");
		assertSiteBadRequest(response.status(), response.header("Content-Security-Policy").orElse(null), response.body(),
				target, "<script>alert(1)</script>", "étirement");
	}

	@Test
	void everyQueryParameterOfEveryPageShrugsOffHostileValues() {
		String[] everyPayload = PAYLOADS.toArray(String[]::new);
		assertThat(pages).isNotEmpty().allSatisfy(path -> {
			List<String> names = parameterNames(path);
			for (String payload : COMBINED_PAYLOADS) {
				for (String query : queries(names.stream().map(name -> name + "=" + encode(payload)))) {
					assertPageShrugsOff(path + "?" + query, everyPayload);
				}
			}
			String huge = "<marquee>" + "x".repeat(1_000) + "</marquee>";
			for (String query : queries(names.stream().map(name -> name + "=" + encode(huge)))) {
				assertPageShrugsOff(path + "?" + query, huge);
			}
			for (String query : queries(names.stream()
				.flatMap(name -> PAYLOADS.stream().map(payload -> name + "=" + encode(payload))))) {
				assertPageShrugsOff(path + "?" + query, everyPayload);
			}
		});
	}

	@Test
	void parameterOfSixThousandCharactersIsHarmless() {
		assertPageShrugsOff("/about?q=" + encode("<marquee>" + "x".repeat(6_000) + "</marquee>"), "<marquee>");
	}

	@Test
	void queryBeyondTheRequestLineLimitIsTheSitesBadRequestPage() {
		HttpResponse<String> response = site.get("/about?q=" + "x".repeat(10_000));
		assertSiteBadRequest(response.statusCode(), response.headers().firstValue("Content-Security-Policy").orElse(null),
				response.body(), "10,000-character query");
	}

	@Test
	void oneKeyRepeatedAHundredAndFiftyTimesIsHarmless() {
		String query = Stream.generate(() -> "q=" + encode(PAYLOADS.get(0))).limit(150).collect(Collectors.joining("&"));
		assertThat(query.length()).as("within the request line limit").isLessThan(7_000);
		assertPageShrugsOff("/exercises?" + query, PAYLOADS.get(0));
	}

	@Test
	void wrongMethodOnEveryPageIsMethodNotAllowedInTheLayout() {
		assertThat(pages).allSatisfy(path -> {
			// a page whose own form posts to it (Before you start) answers POST: harmlessly, in the layout
			boolean postsToItself = !LiveSite.parse(site.get(path)).select("form[method=post][action=" + path + "]").isEmpty();
			for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
				HttpResponse<String> response = site.send(site.request(path)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.method(method, HttpRequest.BodyPublishers.ofString("q=" + encode(PAYLOADS.get(0))))
					.build());
				String where = method + " " + path;
				if (postsToItself && method.equals("POST")) {
					assertThat(response.statusCode()).as(where).isEqualTo(200);
					assertHarmless(response.statusCode(), response.body(), where, PAYLOADS.get(0));
					continue;
				}
				assertThat(response.statusCode()).as(where).isEqualTo(405);
				assertThat(response.headers().firstValue("Allow")).as(where).hasValueSatisfying(
						allow -> assertThat(allow).contains("GET"));
				assertHarmless(response.statusCode(), response.body(), where, PAYLOADS.get(0));
				assertErrorPageInLayout(LiveSite.parse(response), where, "That request did not work");
			}
		});
	}

	@Test
	void traceIsRefusedWithoutEchoingTheRequest() {
		HttpResponse<String> response = site.send(site.request("/about")
			.header("X-Probe", "<script>alert(1)</script>")
			.method("TRACE", HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).doesNotContain("X-Probe");
		assertHarmless(response.statusCode(), response.body(), "TRACE /about", "<script>alert(1)</script>");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/no/such/page", "/exercises/no-such-exercise", "/exercises/%3Csvg%20onload%3Dalert(1)%3E" })
	void missingPageAskedForAsJsonIsACleanJsonNotFound(String path) {
		HttpResponse<String> response = site.send(site.request(path).setHeader("Accept", "application/json").GET().build());
		assertThat(response.statusCode()).isEqualTo(404);
		assertCleanJsonError(response, 404, path);
	}

	@Test
	void wrongMethodAskedForAsJsonIsACleanJsonError() {
		HttpResponse<String> response = site.send(site.request("/about")
			.setHeader("Accept", "application/json")
			.DELETE()
			.build());
		assertThat(response.statusCode()).isEqualTo(405);
		assertCleanJsonError(response, 405, "DELETE /about");
	}

	@Test
	void oversizedHeaderIsRefusedWithoutAServerError() {
		HttpResponse<String> response = site.send(site.request("/about").header("X-Big", "a".repeat(64 * 1024)).GET().build());
		assertSiteBadRequest(response.statusCode(),
				response.headers().firstValue("Content-Security-Policy").orElse(null), response.body(), "64 KB header");
	}

	@Test
	void tooManyHeadersAreRefusedWithoutAServerError() {
		HttpRequest.Builder request = site.request("/about");
		for (int i = 0; i < 200; i++) {
			request.header("X-Header-" + i, "<script>alert(1)</script>");
		}
		HttpResponse<String> response = site.send(request.GET().build());
		assertSiteBadRequest(response.statusCode(),
				response.headers().firstValue("Content-Security-Policy").orElse(null), response.body(), "200 headers",
				"<script>alert(1)</script>");
	}

	@Test
	void hostileHostHeadersNeverChangeTheLinksOnAPage() {
		RawHttp.Response foreignHost = RawHttp.send(port, "GET /about HTTP/1.1", "Host: evil.example",
				"X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https");
		assertThat(foreignHost.status()).isEqualTo(200);
		assertThat(foreignHost.body()).doesNotContain("evil.example")
			.contains("<link rel=\"canonical\" href=\"http://localhost:8080/about\">");

		RawHttp.Response scriptHost = RawHttp.send(port, "GET /about HTTP/1.1", "Host: <script>alert(1)</script>");
		assertSiteBadRequest(scriptHost.status(), scriptHost.header("Content-Security-Policy").orElse(null),
				scriptHost.body(), "Host with markup", "<script>alert(1)</script>");
	}

	@Test
	void sessionIdInThePathStartsNoSession() {
		HttpResponse<String> response = site.get("/exercises/banded-as;jsessionid=0123456789ABCDEF");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().map()).doesNotContainKey("set-cookie");
		assertThat(response.body()).doesNotContain("0123456789ABCDEF").doesNotContainIgnoringCase("jsessionid");
	}

	private void assertPageShrugsOff(String pathAndQuery, String... payloads) {
		HttpResponse<String> response = site.get(pathAndQuery);
		String where = pathAndQuery.length() > 120 ? pathAndQuery.substring(0, 120) + "…" : pathAndQuery;
		assertThat(response.statusCode()).as(where).isLessThan(500);
		if (response.statusCode() >= 300 && response.statusCode() < 400) {
			assertThat(response.headers().firstValue("Location")).as(where + ": redirects stay on the site")
				.hasValueSatisfying(location -> assertThat(location).startsWith("/").doesNotStartWith("//"));
			return;
		}
		assertHarmless(response.statusCode(), response.body(), where, payloads);
		Document page = LiveSite.parse(response);
		GuidePagesTests.assertDisclaimer(page, where);
		assertNoInjectedMarkup(page, where);
	}

	/** The name=value pairs joined into as few queries as fit well within Tomcat's 8 KB request line. */
	private static List<String> queries(Stream<String> pairs) {
		List<String> queries = new ArrayList<>();
		StringBuilder query = new StringBuilder();
		pairs.forEach(pair -> {
			if (query.length() > 0 && query.length() + pair.length() > 6_000) {
				queries.add(query.toString());
				query.setLength(0);
			}
			query.append(query.length() > 0 ? "&" : "").append(pair);
		});
		if (query.length() > 0) {
			queries.add(query.toString());
		}
		return queries;
	}

	/**
	 * The names a page could read: common ones, every form field on the page and every query key its own links use
	 * (so a page with parameters, such as the routine, is probed with its real ones).
	 */
	private List<String> parameterNames(String path) {
		Document page = LiveSite.parse(site.get(path));
		Set<String> names = new LinkedHashSet<>(List.of("q", "id", "slug", "page", "lang", "utm_source", "next"));
		page.select("form [name]").forEach(field -> names.add(field.attr("name")));
		for (Element link : page.select("a[href*=?]")) {
			URI uri = URI.create(link.attr("href"));
			if (uri.getHost() == null && uri.getRawQuery() != null) {
				for (String pair : uri.getRawQuery().split("&")) {
					names.add(pair.split("=", 2)[0]);
				}
			}
		}
		return new ArrayList<>(names);
	}

	static void assertHarmless(int status, String body, String where, String... echoed) {
		assertThat(status).as(where).isLessThan(500);
		assertThat(withoutShownChoices(body)).as(where).doesNotContain(LEAKS.toArray(String[]::new));
		for (String payload : echoed) {
			if (payload.chars().anyMatch(c -> "<>\"'".indexOf(c) >= 0)) {
				assertThat(body).as(where + ": echoed unescaped").doesNotContain(payload);
			}
		}
	}

	/**
	 * The body without the routine page's note that shows unknown choices back (escaped and shortened): a payload
	 * such as {@code T(java.lang.Runtime)} shown there is the request's own text, not a leak. Everything else is
	 * still scanned, and the escaping itself is checked on the whole body.
	 */
	static String withoutShownChoices(String body) {
		if (!body.contains("<html")) {
			return body;
		}
		Document page = org.jsoup.Jsoup.parse(body);
		page.select("[role=status] code").remove();
		return page.outerHtml();
	}

	static void assertErrorPageInLayout(Document page, String where, String heading) {
		assertThat(page.select("main#main h1").text()).as(where).isEqualTo(heading);
		assertThat(page.select("meta[name=robots]").attr("content")).as(where).isEqualTo("noindex");
		GuidePagesTests.assertDisclaimer(page, where);
		assertNoInjectedMarkup(page, where);
	}

	/**
	 * Only the site's own script file runs: no inline script (the JSON-LD data block runs nothing and holds no "<"),
	 * no event-handler attribute, no javascript: URL.
	 */
	private static void assertNoInjectedMarkup(Document page, String where) {
		// scripts that run are the site's own files; data blocks (structured data, the check's rules) never run
		assertThat(page.select("script:not([type=application/ld+json]):not([type=application/json])")).as(where)
			.allSatisfy(script -> assertThat(script.attr("src")).startsWith("/"));
		assertThat(page.select("script[type=application/ld+json], script[type=application/json]")).as(where)
			.allSatisfy(data -> assertThat(data.data()).startsWith("{").doesNotContain("<"));
		assertThat(page.getAllElements()).as(where).allSatisfy(element -> assertThat(element.attributes().asList())
			.noneSatisfy(attribute -> assertThat(attribute.getKey().toLowerCase()).startsWith("on")));
		assertThat(page.select("iframe, object, embed, base")).as(where).isEmpty();
		assertThat(page.select("[href], [src], [action]")).as(where).allSatisfy(element -> assertThat(
				element.attr("href") + element.attr("src") + element.attr("action"))
			.doesNotContainIgnoringCase("javascript:"));
	}

	/**
	 * The site's 400 page, also for requests Tomcat turns away before they reach the guide: in the layout with the
	 * disclaimer and a link home, with the security headers, and no report.
	 */
	static void assertSiteBadRequest(int status, String contentSecurityPolicy, String body, String where,
			String... echoed) {
		assertThat(status).as(where).isEqualTo(400);
		assertThat(contentSecurityPolicy).as(where + ": security headers").startsWith("default-src 'self'");
		assertHarmless(status, body, where, echoed);
		Document page = org.jsoup.Jsoup.parse(body);
		assertErrorPageInLayout(page, where, "That request did not work");
		assertThat(page.select("main a[href=/]")).as(where + ": a link home").isNotEmpty();
	}

	private static void assertCleanJsonError(HttpResponse<String> response, int status, String where) {
		assertThat(response.headers().firstValue("Content-Type")).as(where).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		JsonNode error = JsonMapper.builder().build().readTree(response.body());
		assertThat(error.propertyNames()).as(where).containsExactlyInAnyOrder("timestamp", "status", "error", "path");
		assertThat(error.get("status").asInt()).as(where).isEqualTo(status);
		assertHarmless(response.statusCode(), response.body(), where, "<svg onload=alert(1)>");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String decoded(String path) {
		return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

}
