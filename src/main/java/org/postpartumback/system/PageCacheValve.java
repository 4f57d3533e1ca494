package org.postpartumback.system;

import java.io.IOException;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.MimeHeaders;
import org.springframework.http.HttpHeaders;

/**
 * Answers requests for pages already in the {@link PageCache} straight from Tomcat's engine, before the request goes
 * through the host, the context, the servlet and its filter chain, none of which has anything to do for a page that
 * is kept. The answer is the one {@link PageCacheFilter} would give, with the {@link SecurityHeaders}; its headers
 * are written from bytes made once per page ({@link RawHeader}). Everything else (a page not kept yet, other methods,
 * requests Tomcat rejected) goes on down the pipeline as usual, where {@link PageCacheFilter} renders and keeps pages.
 */
final class PageCacheValve extends ValveBase {

	private final PageCache cache;

	PageCacheValve(PageCache cache) {
		super(true);
		this.cache = cache;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		String method = request.getMethod();
		boolean head = "HEAD".equals(method);
		if (request.getContext() != null && (head || "GET".equals(method))) {
			CachedPage page = cache.find(request.getRequestURI(), request.getQueryString());
			if (page != null) {
				send(page, request, response, head);
				return;
			}
		}
		getNext().invoke(request, response);
	}

	private static void send(CachedPage page, Request request, Response response, boolean head) throws IOException {
		if (request.getHeader(HttpHeaders.IF_NONE_MATCH) != null) {
			// revalidation: the same answer as the filter's (a 304 or the page)
			SecurityHeaders.apply(response, request.isSecure());
			PageCacheFilter.send(page, request, response, head);
			return;
		}
		boolean gzip = PageCacheFilter.sendsGzip(page, request);
		MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
		SecurityHeaders.add(headers, request.isSecure());
		page.rawHeaders().forEach(header -> header.addTo(headers));
		page.rawEtag(gzip).addTo(headers);
		PageCacheFilter.writeBody(page, response, gzip, head);
	}

}
