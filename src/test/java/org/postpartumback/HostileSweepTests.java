package org.postpartumback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.postpartumback.layout.SiteMap;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wide sweep of hostile requests, written byte by byte on raw sockets so that nothing is cleaned up on the way:
 * mangled paths and percent-encodings on every page, malformed and oversized parameters, every method, odd and
 * oversized headers. Whatever the request, the answer is never a 5xx, carries the security headers and no cookie,
 * and any page it shows is the site's own (layout and disclaimer), never Tomcat's bare page or a trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileSweepTests {

	private static final String MANY_CHOICES = Stream.generate(() -> "e=banded-as").limit(2_000)
		.collect(Collectors.joining("&"));

	private static final String MANY_EMPTY = Stream.generate(() -> "e=").limit(2_000).collect(Collectors.joining("&"));

	/** What is added to a page's path: broken or hostile encodings, traversal, parameters. */
	private static final List<String> PATH_SUFFIXES = List.of("%", "/%zz", "%ff%fe", "/..%2f..%2fetc%2fpasswd",
			"%2f", "%00", "/%00", "%5c..%5c", "/%2e%2e/%2e%2e", "/../../..", "/", ";jsessionid=1", "%3Bx=1",
			"/<script>", "%C0%AF", "%E0%80%AF", "?%", "?e=%zz&r=%", "?%65=banded-as", "?e=%00", "?q=<script>alert(1)</script>",
			"?" + MANY_EMPTY, "?utm_source=x&fbclid=%ff", "?r=heat&r=heat&r=heat");

	/** Whole request targets, sent as they are. */
	private static final List<String> TARGETS = List.of("/%", "/%zz", "/%ff%fe", "/..%2f", "/%2e%2e%2f", "/a%00", "/%00",
			"/%25", "/%u0041", "//", "///etc/passwd", "/./about", "/about/..", "/about/../../", "/exercises/..%5c..%5c",
			"/é", "/a b", "/\u202e", "/" + "a".repeat(9_000), "/exercises/" + "a".repeat(7_000),
			"/routine?" + MANY_CHOICES, "/routine/print?" + MANY_EMPTY, "/about?" + MANY_EMPTY,
			"/routine?e=" + "x".repeat(7_000), "/error", "/error?status=500", "/error/", "/error/../about",
			"/actuator", "/actuator/env", "/actuator/heapdump", "/h2-console", "/WEB-INF/web.xml", "/META-INF/",
			"http://evil.example/", "*", "/sitemap.xml?%", "/css/site.css%00", "/css/../../application.properties",
			"/previews/%zz.png", "/previews/" + "a".repeat(300) + ".png", "/es", "/es/%", "/es/%zz", "/es/..%2f",
			"/es/error", "/es/" + "a".repeat(9_000), "/es/rutina?" + MANY_CHOICES, "/es/rutina?e=%",
			"/es/rutina?e=a-con-banda%2", "/es/ejercicios/banded-as", "/es/exercises", "/es/es/", "/es/manifest.webmanifest?%");

	private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS",
			"TRACE", "CONNECT", "PROPFIND", "FOO", "get");

	/** Header lines sent with a GET of a page. */
	private static final List<List<String>> HEADERS = List.of(List.of("X-Big: " + "a".repeat(70_000)),
			Stream.iterate(0, i -> i + 1).limit(200).map(i -> "X-H" + i + ": <script>").toList(), List.of("Host: "),
			List.of("Host: <script>alert(1)</script>"), List.of("Host: a b"), List.of("Host: evil.example:99999"),
			List.of("Transfer-Encoding: chunked, gzip"), List.of("Content-Length: abc"), List.of("Content-Length: -1"),
			List.of("Content-Length: 5", "Content-Length: 6"), List.of("Expect: 101-switch"),
			List.of("If-None-Match: *"), List.of("If-None-Match: \"unterminated"), List.of("If-None-Match: " + ",".repeat(500)),
			List.of("Accept-Encoding: gzip;q=2"), List.of("Accept-Encoding: ,;;=,q"), List.of("Accept-Encoding: " + "gzip,".repeat(900)),
			List.of("Range: bytes=0-10"), List.of("Range: bytes=-1,-2,-3"), List.of("Accept-Language: ../../etc"),
			List.of("Cookie: JSESSIONID=" + "x".repeat(4_000)), List.of("X-Forwarded-Proto: javascript"),
			List.of("X-Forwarded-Host: evil.example", "X-Forwarded-Prefix: /evil"), List.of("Bad Header: x"),
			List.of(": empty name"), List.of("X-Null: a\u0000b"), List.of("Upgrade: h2c", "Connection: Upgrade, HTTP2-Settings"));

	private final int port;

	private final SoftAssertions softly = new SoftAssertions();

	private final List<String> pages;

	HostileSweepTests(@LocalServerPort int port, SiteMap siteMap) {
		this.port = port;
		this.pages = siteMap.everyLanguage();
	}

	@Test
	void noHostileRequestGetsA5xxABareServerPageOrAPageWithoutTheDisclaimer() {
		Map<Integer, Integer> statuses = new TreeMap<>();
		List<String> requests = new ArrayList<>();
		for (String page : pages) {
			PATH_SUFFIXES.forEach(suffix -> requests.add("GET " + page + suffix));
			METHODS.forEach(method -> requests.add(method + " " + page));
		}
		TARGETS.forEach(target -> requests.add("GET " + target));
		for (String request : requests) {
			check(request, List.of(), statuses);
		}
		for (List<String> headers : HEADERS) {
			for (String page : List.of("/", "/routine?r=heat&e=banded-as", "/no/such/page")) {
				check("GET " + page, headers, statuses);
			}
		}
		int total = statuses.values().stream().mapToInt(Integer::intValue).sum();
		assertThat(total).isEqualTo(requests.size() + 3 * HEADERS.size()).isGreaterThan(500);
		System.out.println("Hostile sweep: " + total + " requests, answers by status " + statuses);
		softly.assertAll();
		assertThat(statuses.keySet()).allSatisfy(status -> assertThat(status).isLessThan(500));
	}

	private void check(String request, List<String> headers, Map<Integer, Integer> statuses) {
		String where = (request.length() > 100 ? request.substring(0, 100) + "…" : request)
				+ (headers.isEmpty() ? "" : " with " + headers.get(0).substring(0, Math.min(40, headers.get(0).length())));
		RawHttp.Response response = RawHttp.send(port, request + " HTTP/1.1", headers.toArray(String[]::new));
		statuses.merge(response.status(), 1, Integer::sum);
		softly.assertThat(response.status()).as(where).isLessThan(500);
		softly.assertThat(response.header("Content-Security-Policy")).as(where + ": security headers")
			.hasValueSatisfying(policy -> assertThat(policy).startsWith("default-src 'self'"));
		softly.assertThat(response.headers()).as(where).doesNotContainKeys("Set-Cookie", "Server", "X-Powered-By");
		String body = response.body();
		if (body.isEmpty() || response.status() == 304) {
			return;
		}
		if (response.header("Content-Encoding").isPresent()) {
			softly.assertThat(response.status()).as(where + ": a kept page, compressed").isEqualTo(200);
			return;
		}
		softly.assertThat(body).as(where + ": no bare server page").doesNotContain("HTTP Status", "Apache Tomcat");
		softly.check(() -> HostileInputTests.assertHarmless(response.status(), body, where, "<script>alert(1)</script>"));
		if (request.contains("/sitemap.xml") || request.contains("/css/") || request.contains("/robots.txt")) {
			return; // not a page
		}
		softly.check(() -> GuidePagesTests.assertDisclaimer(Jsoup.parse(body), where));
	}

}
