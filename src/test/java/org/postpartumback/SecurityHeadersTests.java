package org.postpartumback;

import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.postpartumback.layout.SiteMap;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The security headers, on every kind of response the running guide gives; and no cookie, no server banner. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTests {

	static final Map<String, String> EXPECTED = Map.of(
			"Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
					+ "font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; "
					+ "form-action 'self'; frame-ancestors 'none'",
			"X-Content-Type-Options", "nosniff",
			"X-Frame-Options", "DENY",
			"Referrer-Policy", "no-referrer",
			"Permissions-Policy", "accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), "
					+ "gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), "
					+ "publickey-credentials-get=(), serial=(), usb=(), xr-spatial-tracking=()",
			"Cross-Origin-Opener-Policy", "same-origin",
			"Cross-Origin-Resource-Policy", "same-origin");

	private final LiveSite site;

	private final int port;

	private final List<String> pages;

	SecurityHeadersTests(@LocalServerPort int port, SiteMap siteMap) {
		this.site = new LiveSite(port);
		this.port = port;
		this.pages = siteMap.everyLanguage();
	}

	@Test
	void pageCarriesEverySecurityHeader() {
		HttpResponse<String> response = site.get("/");
		assertThat(response.statusCode()).isEqualTo(200);
		assertSecurityHeaders(response.headers(), "/");
	}

	@Test
	void everyPageCarriesEverySecurityHeaderWhenItIsServedFromMemoryToo() {
		for (String path : pages) {
			HttpResponse<String> first = site.get(path);
			HttpResponse<String> again = site.get(path);
			assertThat(again.statusCode()).as(path).isEqualTo(200);
			assertSecurityHeaders(first.headers(), path);
			assertSecurityHeaders(again.headers(), path + " again");
		}
	}

	@Test
	void staticFilesCarryEverySecurityHeader() {
		for (String path : List.of("/css/site.css", "/js/site.js", "/favicon.svg", "/robots.txt", "/sitemap.xml")) {
			HttpResponse<String> response = site.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertSecurityHeaders(response.headers(), path);
		}
	}

	@Test
	void notFoundPageCarriesEverySecurityHeader() {
		HttpResponse<String> response = site.get("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertSecurityHeaders(response.headers(), "404");
	}

	@Test
	void methodNotAllowedPageCarriesEverySecurityHeader() {
		HttpResponse<String> response = site.send(site.request("/about").DELETE().build());
		assertThat(response.statusCode()).isEqualTo(405);
		assertSecurityHeaders(response.headers(), "405");
	}

	@Test
	void jsonErrorCarriesEverySecurityHeader() {
		HttpResponse<String> response = site.send(site.request("/no/such/page").setHeader("Accept", "application/json").GET().build());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		assertSecurityHeaders(response.headers(), "JSON 404");
	}

	@Test
	void healthEndpointCarriesEverySecurityHeader() {
		HttpResponse<String> response = site.get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertSecurityHeaders(response.headers(), "/actuator/health");
	}

	@Test
	void requestTomcatTurnsAwayCarriesEverySecurityHeader() {
		RawHttp.Response response = RawHttp.send(port, "GET /exercises/%zz HTTP/1.1");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.headers()).doesNotContainKey("Strict-Transport-Security");
		EXPECTED.forEach((name, value) -> assertThat(response.header(name)).as(name).hasValue(value));
	}

	@Test
	void plainHttpGetsNoStrictTransportSecurity() {
		assertThat(site.get("/").headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void noResponseSetsACookieOrNamesTheServer() {
		List<HttpResponse<String>> responses = new ArrayList<>();
		pages.forEach(path -> responses.add(site.get(path)));
		List.of("/css/site.css", "/no/such/page", "/actuator/health", "/actuator/info", "/exercises/banded-as;jsessionid=1")
			.forEach(path -> responses.add(site.get(path)));
		responses.add(site.send(site.request("/about").POST(HttpRequest.BodyPublishers.noBody()).build()));
		assertThat(responses).hasSizeGreaterThan(pages.size()).allSatisfy(response -> {
			String where = response.request().method() + " " + response.uri().getRawPath();
			assertThat(response.headers().map()).as(where)
				.doesNotContainKeys("set-cookie", "set-cookie2", "server", "x-powered-by");
		});
		RawHttp.Response rejected = RawHttp.send(port, "GET /% HTTP/1.1");
		assertThat(rejected.headers()).doesNotContainKeys("Set-Cookie", "Server", "X-Powered-By");
	}

	private static void assertSecurityHeaders(HttpHeaders headers, String where) {
		EXPECTED.forEach((name, value) -> assertThat(headers.allValues(name)).as(where + ": " + name).containsExactly(value));
		assertThat(headers.firstValue("Content-Security-Policy")).as(where)
			.hasValueSatisfying(policy -> assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "*"));
	}

}
