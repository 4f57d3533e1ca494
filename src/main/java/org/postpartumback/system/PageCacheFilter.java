package org.postpartumback.system;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves rendered pages from memory. The guide's content only changes with a release, so a page's HTML depends on
 * nothing but its URL: the first GET renders it as usual, later requests get the same bytes without running the
 * controller or the template.
 * <ul>
 * <li>Only {@code 200 text/html} answers to GET or HEAD are kept, and only when they set no cookie, vary on no
 * request header but {@code Accept-Encoding} and do not forbid storing ({@code Cache-Control: no-store} or
 * {@code private}). Errors, redirects and everything else pass through untouched.</li>
 * <li>Pages carry a strong ETag (a hash of their bytes) and {@code Cache-Control: no-cache}, so browsers revalidate
 * and get {@code 304 Not Modified} while the page is unchanged.</li>
 * <li>A gzip copy is made once per page and sent when the request accepts it, with {@code Vary: Accept-Encoding}
 * (Tomcat's own compression leaves responses with a strong ETag alone).</li>
 * </ul>
 * The key is the request URI, and the query string too when rendering the page read it (a routine's choices, say);
 * GET and HEAD share an entry. A page that never reads its query string is kept once under its path and served for
 * any query string, so the tracking parameters that messengers and social sites add to a shared link
 * ({@code ?fbclid=...}, {@code ?utm_source=...}) neither render the page again nor push other pages out of the
 * cache. A page whose HTML depends on anything else must say so with {@code Vary} or {@code Cache-Control}.
 */
final class PageCacheFilter extends HttpFilter {

	/** After the outermost filters (forwarded headers, character encoding, security headers), before the rest. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

	/** Headers this filter sets itself or that the container owns; every other header a page sets is replayed. */
	private static final Set<String> OWN_HEADERS = Set.of("content-type", "content-length", "content-language",
			"content-encoding", "transfer-encoding", "date", "etag", "vary", "connection", "keep-alive");

	private final PageCache cache;

	private final String h2ConsolePath;

	PageCacheFilter(PageCache cache) {
		this(cache, null);
	}

	/**
	 * @param cache where pages are kept
	 * @param h2ConsolePath the path of H2's web console when a developer has turned it on, else {@code null}: its
	 * pages are never kept (see {@link H2ConsolePath})
	 */
	PageCacheFilter(PageCache cache, String h2ConsolePath) {
		this.cache = cache;
		this.h2ConsolePath = h2ConsolePath;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String method = request.getMethod();
		boolean head = "HEAD".equals(method);
		if ((!head && !"GET".equals(method)) || H2ConsolePath.covers(h2ConsolePath, request)) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI();
		String query = request.getQueryString();
		CachedPage page = cache.find(path, query);
		if (page == null) {
			page = render(new QueryWatchingRequest(request), head, response, chain);
			if (page == null) {
				return;
			}
			cache.keep(path, query, page);
		}
		send(page, request, response, head);
	}

	/** Runs the request; returns the page to keep, or {@code null} after passing an uncacheable answer through. */
	private static CachedPage render(QueryWatchingRequest request, boolean head, HttpServletResponse response,
			FilterChain chain) throws IOException, ServletException {
		Map<String, List<String>> before = headers(response);
		ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
		// a HEAD request renders the page as its GET would, so that both answer with the same headers
		chain.doFilter(head ? new GetRequest(request) : request, captured);
		if (!cacheable(captured)) {
			captured.copyBodyToResponse();
			return null;
		}
		return CachedPage.of(captured.getContentAsByteArray(), captured.getContentType(), captured.getLocale(),
				headersSetBy(captured, before), request.queryRead);
	}

	private static boolean cacheable(ContentCachingResponseWrapper response) {
		String contentType = response.getContentType();
		return response.getStatus() == HttpServletResponse.SC_OK && !response.isCommitted()
				&& contentType != null && contentType.regionMatches(true, 0, "text/html", 0, 9)
				&& response.getContentSize() > 0 && response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
				&& response.getHeader(HttpHeaders.CONTENT_ENCODING) == null
				&& tokens(response.getHeaders(HttpHeaders.VARY)).stream()
					.allMatch(HttpHeaders.ACCEPT_ENCODING::equalsIgnoreCase)
				&& tokens(response.getHeaders(HttpHeaders.CACHE_CONTROL)).stream()
					.map(directive -> directive.toLowerCase(Locale.ROOT))
					.noneMatch(directive -> directive.equals("no-store") || directive.startsWith("private"));
	}

	private static List<String> tokens(Collection<String> values) {
		List<String> tokens = new ArrayList<>();
		values.forEach(value -> tokens.addAll(List.of(StringUtils.tokenizeToStringArray(value, ","))));
		return tokens;
	}

	private static Map<String, List<String>> headers(HttpServletResponse response) {
		Map<String, List<String>> headers = new HashMap<>();
		for (String name : response.getHeaderNames()) {
			headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(response.getHeaders(name)));
		}
		return headers;
	}

	/** The headers that the page's own handling set, leaving out those of the filters around this one. */
	private static HttpHeaders headersSetBy(HttpServletResponse response, Map<String, List<String>> before) {
		HttpHeaders set = new HttpHeaders();
		headers(response).forEach((name, values) -> {
			if (!OWN_HEADERS.contains(name) && !values.equals(before.get(name))) {
				set.put(name, values);
			}
		});
		return set;
	}

	/** Answers with {@code page}: its headers, a {@code 304} or the body (gzip when accepted), none for HEAD. */
	static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response, boolean head)
			throws IOException {
		boolean gzip = sendsGzip(page, request);
		page.headers().forEach((name, values) -> {
			response.setHeader(name, values.get(0));
			values.stream().skip(1).forEach(value -> response.addHeader(name, value));
		});
		response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		String matched = (ifNoneMatch != null) ? matchingEtag(ifNoneMatch, page, gzip) : null;
		if (matched != null) {
			response.setHeader(HttpHeaders.ETAG, matched);
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setHeader(HttpHeaders.ETAG, gzip ? page.gzipEtag() : page.etag());
		writeBody(page, response, gzip, head);
	}

	/** Whether {@code page} goes out as its gzip copy: it has one and the request accepts it. */
	static boolean sendsGzip(CachedPage page, HttpServletRequest request) {
		return page.gzipBody() != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
	}

	/** The content headers and the body (the gzip copy or the HTML), after the other headers; no body for HEAD. */
	static void writeBody(CachedPage page, HttpServletResponse response, boolean gzip, boolean head)
			throws IOException {
		response.setContentType(page.contentType());
		response.setLocale(page.locale());
		byte[] body = gzip ? page.gzipBody() : page.body();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!head) {
			response.getOutputStream().write(body);
		}
	}

	/**
	 * The ETag of the page's version that {@code If-None-Match} names (weak comparison, as RFC 9110 asks), or
	 * {@code null} when it names neither.
	 */
	private static String matchingEtag(String ifNoneMatch, CachedPage page, boolean gzip) {
		for (ETag candidate : ETag.parse(ifNoneMatch)) {
			if (candidate.isWildcard()) {
				return gzip ? page.gzipEtag() : page.etag();
			}
			String tag = '"' + candidate.tag() + '"';
			if (tag.equals(page.etag()) || tag.equals(page.gzipEtag())) {
				return tag;
			}
		}
		return null;
	}

	/**
	 * Whether {@code Accept-Encoding} allows gzip: named with a non-zero quality, or through {@code *}. Runs on every
	 * request, so it reads the header in place rather than splitting it.
	 */
	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		boolean wildcard = false;
		int length = acceptEncoding.length();
		for (int start = 0; start < length;) {
			int end = acceptEncoding.indexOf(',', start);
			end = (end < 0) ? length : end;
			int parameters = acceptEncoding.indexOf(';', start);
			parameters = (parameters < 0 || parameters > end) ? end : parameters;
			int nameStart = start;
			int nameEnd = parameters;
			while (nameStart < nameEnd && Character.isWhitespace(acceptEncoding.charAt(nameStart))) {
				nameStart++;
			}
			while (nameEnd > nameStart && Character.isWhitespace(acceptEncoding.charAt(nameEnd - 1))) {
				nameEnd--;
			}
			boolean allowed = parameters == end || nonZeroQuality(acceptEncoding.substring(parameters + 1, end));
			if (is(acceptEncoding, nameStart, nameEnd, "gzip") || is(acceptEncoding, nameStart, nameEnd, "x-gzip")) {
				return allowed;
			}
			if (is(acceptEncoding, nameStart, nameEnd, "*")) {
				wildcard = allowed;
			}
			start = end + 1;
		}
		return wildcard;
	}

	private static boolean is(String text, int start, int end, String token) {
		return end - start == token.length() && text.regionMatches(true, start, token, 0, token.length());
	}

	private static boolean nonZeroQuality(String parameters) {
		for (String parameter : StringUtils.tokenizeToStringArray(parameters, ";")) {
			if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
				try {
					return Double.parseDouble(parameter.substring(2).trim()) > 0;
				}
				catch (NumberFormatException ex) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * Notes whether anything reads the query string or the request parameters while the page renders. A page that
	 * reads neither cannot depend on them.
	 */
	private static final class QueryWatchingRequest extends HttpServletRequestWrapper {

		private boolean queryRead;

		QueryWatchingRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getQueryString() {
			this.queryRead = true;
			return super.getQueryString();
		}

		@Override
		public String getParameter(String name) {
			this.queryRead = true;
			return super.getParameter(name);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			this.queryRead = true;
			return super.getParameterMap();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			this.queryRead = true;
			return super.getParameterNames();
		}

		@Override
		public String[] getParameterValues(String name) {
			this.queryRead = true;
			return super.getParameterValues(name);
		}

	}

	/** A HEAD request shown to the application as the GET it stands for. */
	private static final class GetRequest extends HttpServletRequestWrapper {

		GetRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

	}

}
