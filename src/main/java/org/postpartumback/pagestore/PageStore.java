package org.postpartumback.pagestore;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.postpartumback.headers.SecurityHeaders;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the answers at the {@link KeptPages declared addresses}: the guide's content only changes with a release, so
 * the first GET or HEAD of a declared address renders it here as usual, and {@link FrontValve} answers every later
 * one with the same bytes. Only a {@code 200} that sets no cookie and does not forbid storing is kept; anything else,
 * and every address not declared, passes through untouched. Registered by {@link PageStoreConfiguration}.
 */
final class PageStore extends HttpFilter {

	/** Headers a kept answer gets from {@link KeptPage#send} or the container (and the {@link SecurityHeaders}). */
	private static final Set<String> NOT_KEPT = Set.of("content-type", "content-length", "content-language",
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

	/** The bytes the kept answers hold (their bodies), to keep an eye on the store's memory. */
	long heldBytes() {
		return pages.values().stream().mapToLong(KeptPage::heldBytes).sum();
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
			Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			for (String name : captured.getHeaderNames()) {
				if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT)) && !SecurityHeaders.sets(name)) {
					headers.put(name, String.join(", ", captured.getHeaders(name)));
				}
			}
			page = new KeptPage(captured.getContentAsByteArray(), captured.getContentType(), captured.getLocale(),
					headers);
			pages.put(key, page);
			// from here on exactly as the front valve answers it
			response.reset();
			SecurityHeaders.apply(response, request.isSecure());
		}
		page.send(request, response);
	}

	private String key(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return null;
		}
		return declared.keyOf(request.getRequestURI().substring(request.getContextPath().length()),
				request.getQueryString());
	}

	private static boolean keepable(ContentCachingResponseWrapper response) {
		String cacheControl = String.join(",", response.getHeaders(HttpHeaders.CACHE_CONTROL)).toLowerCase(Locale.ROOT);
		String vary = String.join(",", response.getHeaders(HttpHeaders.VARY)).replace(" ", "");
		return response.getStatus() == HttpServletResponse.SC_OK && !response.isCommitted()
				&& response.getContentType() != null && response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
				&& response.getHeader(HttpHeaders.CONTENT_ENCODING) == null && !cacheControl.contains("no-store")
				&& !cacheControl.contains("private")
				&& (vary.isEmpty() || vary.equalsIgnoreCase(HttpHeaders.ACCEPT_ENCODING));
	}

}
