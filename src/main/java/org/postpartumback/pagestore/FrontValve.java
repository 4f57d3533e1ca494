package org.postpartumback.pagestore;

import java.io.IOException;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.postpartumback.errors.ErrorPages;
import org.postpartumback.headers.SecurityHeaders;

/**
 * The first stop of every request in Tomcat's engine, after Spring Boot's forwarded-header valve
 * ({@code server.forward-headers-strategy=native}, so {@code isSecure()} reflects the proxy).
 * <ul>
 * <li>A request Tomcat turned away while parsing or mapping it (a malformed or encoded-slash address, a null byte,
 * oversized or too many headers, a bad Host header, CONNECT) reaches no filter: it gets the {@link SecurityHeaders}
 * here, and the site's own 400 page ({@link ErrorPages}) instead of Tomcat's bare one.</li>
 * <li>A page already kept ({@link PageStore}) is answered here, before the host, the context, the servlet and its
 * filter chain, none of which has anything to do for it.</li>
 * </ul>
 * Everything else goes on down the pipeline as usual.
 */
final class FrontValve extends ValveBase {

	private final PageStore pages;

	private final ErrorPages errorPages;

	FrontValve(PageStore pages, ErrorPages errorPages) {
		super(true);
		this.pages = pages;
		this.errorPages = errorPages;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (request.getContext() == null) {
			SecurityHeaders.apply(response, request.isSecure());
			byte[] page = errorPages.badRequestPage(request.getRequestURI());
			if (page != null && response.getStatus() >= 400 && !response.isCommitted() && response.setErrorReported()) {
				// Tomcat suspended the response when it refused the request; the site's page takes the bare one's place,
				// as a 400 also where Tomcat chose 417 (an Expect header it cannot meet) or 501 (CONNECT): each is a
				// request this site cannot serve
				response.setSuspended(false);
				response.setStatus(Response.SC_BAD_REQUEST);
				response.setContentType("text/html;charset=UTF-8");
				response.setContentLength(page.length);
				if (!"HEAD".equals(request.getMethod())) {
					response.getOutputStream().write(page);
				}
				return;
			}
		}
		else {
			KeptPage page = pages.find(request);
			if (page != null) {
				SecurityHeaders.apply(response, request.isSecure());
				page.send(request, response);
				return;
			}
		}
		getNext().invoke(request, response);
	}

}
