package org.postpartumback.language;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Serves every language from the same controllers. A request for an address in a language other than the original
 * ({@code /es/ejercicios/a-con-banda}) goes on as the original language's address ({@code /exercises/banded-as}),
 * with its {@link Language} as a request attribute ({@link LanguageLocaleResolver} makes it the request's locale).
 * The response translates back every address the page writes through the servlet API: links built by the templates
 * ({@code encodeURL}), redirects and {@code Location} headers. The language comes from the address alone, never
 * from a request header, so every answer can be kept and shared.
 */
final class LanguageFilter extends HttpFilter {

	static final String LANGUAGE = Language.class.getName();

	private final Addresses addresses;

	LanguageFilter(Addresses addresses) {
		this.addresses = addresses;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			// an error page of a request in another language: its links go to that language's pages
			Object language = request.getAttribute(LANGUAGE);
			chain.doFilter(request,
					(language instanceof Language lang) ? new LocalizedResponse(response, lang, addresses) : response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Addresses.Request read = addresses.read(path, request.getQueryString());
		if (read == null) {
			chain.doFilter(request, response);
			return;
		}
		if (read.addSlash()) {
			response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
			response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + path + "/");
			return;
		}
		if (read.moved()) {
			String original = read.path() + ((read.query() == null) ? "" : "?" + read.query());
			response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
			response.setHeader(HttpHeaders.LOCATION,
					request.getContextPath() + addresses.localize(original, read.language()));
			return;
		}
		request.setAttribute(LANGUAGE, read.language());
		LocalizedResponse localized = new LocalizedResponse(response, read.language(), addresses);
		OriginalAddressRequest original;
		try {
			original = new OriginalAddressRequest(request, read);
		}
		catch (IllegalArgumentException ex) {
			// a malformed query string (a link cut short in the middle of a %-escape): the site's 400 page
			localized.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(original, localized);
	}

	/** The request as its original-language address. */
	private static final class OriginalAddressRequest extends HttpServletRequestWrapper {

		private final String path;

		private final String query;

		private final Map<String, String[]> parameters;

		OriginalAddressRequest(HttpServletRequest request, Addresses.Request read) {
			super(request);
			this.path = read.path();
			this.query = read.query();
			MultiValueMap<String, String> raw = UriComponentsBuilder.newInstance().query(query).build().getQueryParams();
			Map<String, String[]> decoded = new java.util.LinkedHashMap<>();
			raw.forEach((name, values) -> decoded.put(decode(name),
					values.stream().map(value -> value == null ? "" : decode(value)).toArray(String[]::new)));
			// a form's fields (a POST body) are not part of the address: they go on as sent
			if ("POST".equals(request.getMethod())) {
				request.getParameterMap().forEach(decoded::putIfAbsent);
			}
			this.parameters = Collections.unmodifiableMap(decoded);
		}

		private static String decode(String text) {
			return UriUtils.decode(text.replace('+', ' '), java.nio.charset.StandardCharsets.UTF_8);
		}

		@Override
		public String getRequestURI() {
			return getContextPath() + path;
		}

		@Override
		public StringBuffer getRequestURL() {
			StringBuffer url = new StringBuffer(super.getRequestURL());
			url.setLength(url.length() - super.getRequestURI().length());
			return url.append(getRequestURI());
		}

		@Override
		public String getServletPath() {
			return path;
		}

		@Override
		public String getPathInfo() {
			return null;
		}

		@Override
		public String getQueryString() {
			return query;
		}

		@Override
		public String getParameter(String name) {
			String[] values = parameters.get(name);
			return (values == null || values.length == 0) ? null : values[0];
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = parameters.get(name);
			return (values == null) ? null : values.clone();
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters.keySet());
		}

	}

	/** Writes every site address in the request's language. */
	private static final class LocalizedResponse extends HttpServletResponseWrapper {

		private final Language language;

		private final Addresses addresses;

		LocalizedResponse(HttpServletResponse response, Language language, Addresses addresses) {
			super(response);
			this.language = language;
			this.addresses = addresses;
		}

		private String localize(String url) {
			return addresses.localize(url, language);
		}

		@Override
		public String encodeURL(String url) {
			return super.encodeURL(localize(url));
		}

		@Override
		public String encodeRedirectURL(String url) {
			return super.encodeRedirectURL(localize(url));
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			super.sendRedirect(localize(location));
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? localize(value) : value);
		}

		@Override
		public void addHeader(String name, String value) {
			super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? localize(value) : value);
		}

	}

}
