package org.postpartumback.headers;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every response carries: pages, static files, error pages, JSON errors, actuator endpoints and
 * the bare answers Tomcat gives before a request reaches the application.
 */
public final class SecurityHeaders {

	/**
	 * Only the site's own files run, style or load; nothing may frame the guide, post it elsewhere or plug in.
	 * {@code data:} images are allowed for small inline pictures such as QR codes.
	 */
	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "manifest-src 'self'", "worker-src 'self'",
			"object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'");

	/**
	 * Powerful browser features the guide never uses, switched off for the page and anything it could embed. Only
	 * names current browsers know (an unknown name such as the retired {@code interest-cohort} is reported as an error
	 * in the console).
	 */
	static final String PERMISSIONS_POLICY = String.join(", ", "accelerometer=()", "browsing-topics=()", "camera=()",
			"display-capture=()", "geolocation=()", "gyroscope=()", "hid=()", "magnetometer=()", "microphone=()",
			"midi=()", "payment=()", "publickey-credentials-get=()", "serial=()", "usb=()", "xr-spatial-tracking=()");

	/** One year of HTTPS only, sent only on responses that came over HTTPS (RFC 6797 ignores it on plain HTTP). */
	static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

	private static final String STRICT_TRANSPORT_SECURITY_HEADER = "Strict-Transport-Security";

	/**
	 * The headers for every response. Cross-Origin-Resource-Policy only tells browsers not to let other sites embed
	 * the guide's files; link-preview fetchers (messengers, social sites) download images from their servers and are
	 * not affected. A list, not a {@code Map.of}: its order, and so the answers' bytes, would change with every start.
	 */
	static final List<Map.Entry<String, String>> ALWAYS = List.of(
			Map.entry("Content-Security-Policy", CONTENT_SECURITY_POLICY), Map.entry("X-Content-Type-Options", "nosniff"),
			Map.entry("X-Frame-Options", "DENY"), Map.entry("Referrer-Policy", "no-referrer"),
			Map.entry("Permissions-Policy", PERMISSIONS_POLICY), Map.entry("Cross-Origin-Opener-Policy", "same-origin"),
			Map.entry("Cross-Origin-Resource-Policy", "same-origin"));

	private SecurityHeaders() {
	}

	/** Whether {@code name} (in any case) is one of the headers {@link #apply} sets. */
	public static boolean sets(String name) {
		return name.equalsIgnoreCase(STRICT_TRANSPORT_SECURITY_HEADER)
				|| ALWAYS.stream().map(Map.Entry::getKey).anyMatch(name::equalsIgnoreCase);
	}

	/**
	 * Sets the headers, replacing any earlier value, so applying them twice is harmless.
	 * @param response the response, not yet committed
	 * @param secure whether the request came over HTTPS (directly or, with forwarded headers honoured, at the proxy)
	 */
	public static void apply(HttpServletResponse response, boolean secure) {
		ALWAYS.forEach(header -> HeaderWriter.set(response, header.getKey(), header.getValue()));
		if (secure) {
			HeaderWriter.set(response, STRICT_TRANSPORT_SECURITY_HEADER, STRICT_TRANSPORT_SECURITY);
		}
	}

}
