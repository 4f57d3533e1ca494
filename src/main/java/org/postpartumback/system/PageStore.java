package org.postpartumback.system;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the answers at the {@link KeptPages declared addresses}: the guide's content only changes with a release, so
 * the first GET of a declared address renders it as usual and later GET and HEAD requests get the same bytes without
 * the controller or the template. Only a {@code 200} that sets no cookie and does not forbid storing
 * ({@code no-store}, {@code private}) is kept; anything else, and every address not declared, passes through
 * untouched. Kept pages are answered from Tomcat's engine by {@link FrontValve} once kept; this filter renders
 * and keeps them, and answers the first request through the same {@link KeptPage#send}.
 */
final class PageStore extends HttpFilter {

	/** Headers {@link KeptPage#send} or the container write; every other header a page sets is replayed. */
	private static final Set<String> OWN_HEADERS = Set.of("content-type", "content-length", "content-language",
			"content-encoding", "transfer-encoding", "date", "etag", "vary", "connection", "keep-alive");

	private final KeptPages declared;

	private final Map<String, KeptPage> pages = new ConcurrentHashMap<>();

	PageStore(KeptPages declared) {
		this.declared = declared;
	}

	/** The kept page for a GET or HEAD request, or {@code null}. */
	KeptPage find(HttpServletRequest request) {
		String key = key(request);
		return (key != null) ? pages.get(key) : null;
	}

	/** The addresses kept so far. */
	Set<String> keys() {
		return Set.copyOf(pages.keySet());
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String key = key(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		KeptPage page = pages.get(key);
		if (page == null) {
			Map<String, List<String>> before = headers(response);
			ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
			// a HEAD request renders the page as its GET would, so that both answer with the same headers
			chain.doFilter(new HttpServletRequestWrapper(request) {
				@Override
				public String getMethod() {
					return "GET";
				}
			}, captured);
			if (!keepable(captured)) {
				captured.copyBodyToResponse();
				return;
			}
			List<Map.Entry<String, String>> set = new ArrayList<>();
			headers(captured).forEach((name, values) -> {
				if (!OWN_HEADERS.contains(name) && !values.equals(before.get(name))) {
					values.forEach(value -> set.add(Map.entry(name, value)));
				}
			});
			page = new KeptPage(captured.getContentAsByteArray(), captured.getContentType(), captured.getLocale(),
					set);
			pages.put(key, page);
		}
		page.send(request, response);
	}

	private String key(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return null;
		}
		String uri = request.getRequestURI();
		return declared.keyOf(uri.substring(request.getContextPath().length()), request.getQueryString());
	}

	private static boolean keepable(ContentCachingResponseWrapper response) {
		String cacheControl = String.join(",", response.getHeaders(HttpHeaders.CACHE_CONTROL)).toLowerCase(Locale.ROOT);
		return response.getStatus() == HttpServletResponse.SC_OK && !response.isCommitted()
				&& response.getContentType() != null && response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
				&& response.getHeader(HttpHeaders.CONTENT_ENCODING) == null && !cacheControl.contains("no-store")
				&& !cacheControl.contains("private") && String.join(",", response.getHeaders(HttpHeaders.VARY))
					.transform(vary -> vary.isBlank() || vary.replace(" ", "").equalsIgnoreCase(HttpHeaders.ACCEPT_ENCODING));
	}

	private static Map<String, List<String>> headers(HttpServletResponse response) {
		Map<String, List<String>> headers = new HashMap<>();
		for (String name : response.getHeaderNames()) {
			headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(response.getHeaders(name)));
		}
		return headers;
	}

}
