package org.postpartumback.pagestore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** The store on its own, with a small declaration: what is kept, and how a kept page is answered. */
class PageStoreTests {

	private static final String HTML = "<!DOCTYPE html><title>Page</title><p>" + "Breathe out slowly. ".repeat(40);

	private static final KeptPages DECLARED = new KeptPages(
			Map.of("/routine", Set.of("exercises"), "/search", Set.of("q")),
			List.of("/exercises", "/exercises/banded-as", "/about", "/news", "/page", "/broken", "/sitemap.xml",
				"/report.pdf", "/exercises/nope", "/routine", "/routine?exercises=a", "/routine?exercises=b",
				"/search?q=a", "/search?q=b"));

	private final PageStore filter = new PageStore(DECLARED);

	private final AtomicInteger renders = new AtomicInteger();

	@Test
	void aPageIsRenderedOnceAndThenServedFromMemory() throws Exception {
		FilterChain page = page(response -> { });
		MockHttpServletResponse first = get("/exercises", page);
		MockHttpServletResponse second = get("/exercises", page);
		assertThat(renders).hasValue(1);
		assertThat(second.getContentAsString()).isEqualTo(HTML).isEqualTo(first.getContentAsString());
		assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag")).startsWith("\"");
		assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
	}

	@Test
	void aRouteThatReadsItsParametersIsKeptPerDeclaredQueryString() throws Exception {
		AtomicInteger reads = new AtomicInteger();
		FilterChain routine = (request, response) -> {
			reads.incrementAndGet();
			String exercise = request.getParameter("exercises");
			page(http -> { }).doFilter(request, response);
			response.getWriter().write(String.valueOf(exercise));
		};
		String a = get("/routine?exercises=a", routine).getContentAsString();
		String b = get("/routine?exercises=b", routine).getContentAsString();
		String none = get("/routine", routine).getContentAsString();
		assertThat(get("/routine?exercises=a", routine).getContentAsString()).isEqualTo(a).endsWith("a");
		assertThat(get("/routine?exercises=b", routine).getContentAsString()).isEqualTo(b).endsWith("b");
		assertThat(get("/routine", routine).getContentAsString()).isEqualTo(none).endsWith("null");
		assertThat(reads).hasValue(3);
	}

	@Test
	void aRouteThatReadsItsQueryStringIsKeptPerDeclaredQueryStringAndNothingElse() throws Exception {
		FilterChain page = (request, response) -> {
			((HttpServletRequest) request).getQueryString();
			page(http -> { }).doFilter(request, response);
		};
		get("/search?q=a", page);
		get("/search?q=b", page);
		get("/search?q=a", page);
		get("/search?q=a&utm_source=mail", page);
		assertThat(renders).hasValue(2);
		get("/search?q=c", page);
		get("/search?q=c", page);
		assertThat(renders).as("not declared: rendered every time").hasValue(4);
		assertThat(filter.keys()).containsExactlyInAnyOrder("/search?q=a", "/search?q=b");
	}

	@Test
	void aPageThatReadsNoQueryStringIsRenderedOnceForEveryQueryString() throws Exception {
		FilterChain page = page(response -> { });
		MockHttpServletResponse plain = get("/exercises/banded-as", page);
		MockHttpServletResponse shared = get("/exercises/banded-as?fbclid=IwAR0abc", page);
		MockHttpServletResponse tracked = get("/exercises/banded-as?utm_source=whatsapp&utm_medium=share", page);
		assertThat(renders).hasValue(1);
		assertThat(shared.getContentAsString()).isEqualTo(tracked.getContentAsString())
			.isEqualTo(plain.getContentAsString());
		assertThat(shared.getHeader("ETag")).isEqualTo(plain.getHeader("ETag"));
	}

	@Test
	void aPageFirstAskedForWithAQueryStringItIgnoresServesThePlainUrlToo() throws Exception {
		FilterChain page = page(response -> { });
		get("/about?ref=friend", page);
		get("/about", page);
		assertThat(renders).hasValue(1);
	}

	@Test
	void headersThePageSetAreServedAgainFromMemory() throws Exception {
		FilterChain page = page(response -> response.setHeader("X-Robots-Tag", "noindex"));
		get("/routine", page);
		assertThat(get("/routine", page).getHeader("X-Robots-Tag")).isEqualTo("noindex");
		assertThat(renders).hasValue(1);
	}

	@Test
	void pagesAskBrowsersToRevalidateUnlessTheySayOtherwise() throws Exception {
		assertThat(get("/about", page(response -> { })).getHeader("Cache-Control")).isEqualTo("no-cache");
		FilterChain shortLived = page(response -> response.setHeader("Cache-Control", "max-age=60"));
		get("/news", shortLived);
		assertThat(get("/news", shortLived).getHeader("Cache-Control")).isEqualTo("max-age=60");
		assertThat(renders).hasValue(2);
	}

	@Test
	void aPageThatSetsACookieIsRenderedEveryTime() throws Exception {
		assertRenderedEveryTime(page(response -> response.addCookie(new Cookie("seen", "yes"))));
	}

	@Test
	void aPageThatVariesOnAnotherRequestHeaderIsRenderedEveryTime() throws Exception {
		assertRenderedEveryTime(page(response -> response.setHeader("Vary", "Accept-Language")));
	}

	@Test
	void aPageThatMustNotBeStoredIsRenderedEveryTime() throws Exception {
		assertRenderedEveryTime(page(response -> response.setHeader("Cache-Control", "no-store")));
		assertRenderedEveryTime(page(response -> response.setHeader("Cache-Control", "private, max-age=60")));
	}

	@Test
	void errorsPassThroughAndAreNeverKept() throws Exception {
		FilterChain missing = (request, response) -> {
			renders.incrementAndGet();
			((HttpServletResponse) response).sendError(404);
		};
		assertThat(get("/exercises/nope", missing).getStatus()).isEqualTo(404);
		assertThat(get("/exercises/nope", missing).getStatus()).isEqualTo(404);
		assertThat(renders).hasValue(2);

		FilterChain failing = page(response -> response.setStatus(500));
		assertThat(get("/broken", failing).getStatus()).isEqualTo(500);
		assertThat(get("/broken", failing).getStatus()).isEqualTo(500);
		assertThat(renders).hasValue(4);
	}

	@Test
	void anyContentTypeAtADeclaredAddressIsKept() throws Exception {
		FilterChain pdf = (request, response) -> {
			renders.incrementAndGet();
			response.setContentType("application/pdf");
			response.getOutputStream().write("%PDF-1.7 a printout".getBytes(StandardCharsets.ISO_8859_1));
		};
		get("/report.pdf", pdf);
		MockHttpServletResponse kept = get("/report.pdf", pdf);
		assertThat(renders).hasValue(1);
		assertThat(kept.getContentType()).isEqualTo("application/pdf");
		assertThat(kept.getContentAsString()).isEqualTo("%PDF-1.7 a printout");
		assertThat(kept.getHeader("ETag")).matches("\"[0-9a-f]{32}\"");
	}

	@Test
	void anAddressNotDeclaredIsNeverKept() throws Exception {
		FilterChain page = page(response -> { });
		get("/not-declared", page);
		get("/not-declared", page);
		assertThat(renders).hasValue(2);
		assertThat(filter.keys()).doesNotContain("/not-declared");
	}

	@Test
	void aDeclaredXmlAnswerIsKeptToo() throws Exception {
		FilterChain xml = (request, response) -> {
			renders.incrementAndGet();
			response.setContentType("application/xml;charset=UTF-8");
			response.getWriter().write("<urlset/>");
		};
		get("/sitemap.xml", xml);
		assertThat(get("/sitemap.xml", xml).getContentAsString()).isEqualTo("<urlset/>");
		assertThat(renders).hasValue(1);
	}

	@Test
	void theH2ConsoleIsNeverKeptWhenADeveloperTurnsItOn() throws Exception {
		FilterChain page = page(response -> { });
		get("/h2-console/login.jsp", page);
		get("/h2-console/login.jsp", page);
		assertThat(renders).hasValue(2);
	}

	@Test
	void aFloodOfOneOffUrlsKeepsNothingSoMemoryStaysBoundedByTheDeclaration() throws Exception {
		FilterChain page = page(response -> { });
		for (int i = 0; i < 1_000; i++) {
			get("/routine?exercises=" + i, page);
			get("/exercises/banded-as?utm_source=" + i, page);
		}
		assertThat(filter.keys()).containsExactlyInAnyOrder("/exercises/banded-as");
		assertThat(renders).hasValue(1_001);
	}

	@Test
	void otherMethodsPassThrough() throws Exception {
		FilterChain page = page(response -> { });
		for (int i = 0; i < 2; i++) {
			MockHttpServletRequest post = new MockHttpServletRequest("POST", "/about");
			filter.doFilter(post, new MockHttpServletResponse(), page);
		}
		assertThat(renders).hasValue(2);
	}

	@Test
	void headIsAnsweredLikeGetWithoutTheBody() throws Exception {
		FilterChain page = page(response -> { });
		MockHttpServletResponse head = send(new MockHttpServletRequest("HEAD", "/about"), page);
		MockHttpServletResponse get = get("/about", page);
		assertThat(renders).hasValue(1);
		assertThat(head.getContentAsByteArray()).isEmpty();
		assertThat(head.getContentLength()).isEqualTo(HTML.getBytes(StandardCharsets.UTF_8).length);
		assertThat(head.getHeader("ETag")).isEqualTo(get.getHeader("ETag"));
	}

	@Test
	void readsWhetherGzipIsAcceptedTheSameWhenAskedAgain() {
		for (int i = 0; i < 2; i++) {
			assertAcceptsGzipAsRfc9110Says();
		}
	}

	private static void assertAcceptsGzipAsRfc9110Says() {
		assertThat(KeptPage.acceptsGzip("gzip, deflate, br")).isTrue();
		assertThat(KeptPage.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
		assertThat(KeptPage.acceptsGzip("*")).isTrue();
		assertThat(KeptPage.acceptsGzip("gzip;q=0, *")).isFalse();
		assertThat(KeptPage.acceptsGzip("identity")).isFalse();
		assertThat(KeptPage.acceptsGzip("*;q=0")).isFalse();
		assertThat(KeptPage.acceptsGzip("gzip;q=nonsense")).isFalse();
		assertThat(KeptPage.acceptsGzip(null)).isFalse();
	}

	private void assertRenderedEveryTime(FilterChain page) throws Exception {
		int before = renders.get();
		MockHttpServletResponse first = get("/page", page);
		MockHttpServletResponse second = get("/page", page);
		assertThat(renders.get() - before).isEqualTo(2);
		assertThat(second.getContentAsString()).isEqualTo(HTML);
		assertThat(first.getHeader("ETag")).isNull();
	}

	/** A page handler that writes {@link #HTML} as Thymeleaf would, after {@code extra} set what it needs. */
	private FilterChain page(Consumer<HttpServletResponse> extra) {
		return (request, response) -> {
			renders.incrementAndGet();
			HttpServletResponse http = (HttpServletResponse) response;
			http.setContentType("text/html;charset=UTF-8");
			extra.accept(http);
			http.getWriter().write(HTML);
		};
	}

	private MockHttpServletResponse get(String uri, FilterChain chain) throws IOException, ServletException {
		int query = uri.indexOf('?');
		MockHttpServletRequest request = new MockHttpServletRequest("GET", (query < 0) ? uri : uri.substring(0, query));
		if (query >= 0) {
			request.setQueryString(uri.substring(query + 1));
			UriComponentsBuilder.fromUriString(uri).build().getQueryParams()
				.forEach((name, values) -> request.addParameter(name, values.toArray(String[]::new)));
		}
		return send(request, chain);
	}

	private MockHttpServletResponse send(MockHttpServletRequest request, FilterChain chain)
			throws IOException, ServletException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, chain);
		return response;
	}

}
