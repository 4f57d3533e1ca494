package org.postpartumback.headers;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Response;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * Sets a header. On Tomcat's own response (the one {@link FrontValve} answers with) names and values go in as bytes
 * encoded once: set as a string, Tomcat encodes them with a new encoder for every answer (see
 * docs/performance.md). Any other response gets them through the servlet API, to the same effect.
 */
public final class HeaderWriter {

	/** Bounded: only the security headers and the kept pages' own headers, which are declared, come here. */
	private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();

	private HeaderWriter() {
	}

	/** Sets the header, replacing any value it had. */
	public static void set(HttpServletResponse response, String name, String value) {
		if (!(response instanceof Response tomcat)) {
			response.setHeader(name, value);
			return;
		}
		MimeHeaders headers = tomcat.getCoyoteResponse().getMimeHeaders();
		headers.removeHeader(name);
		// copies, never the kept arrays: Tomcat writes into a header's buffer when it reuses it for a later answer
		byte[] nameBytes = bytes(name).clone();
		byte[] valueBytes = bytes(value).clone();
		headers.addValue(nameBytes, 0, nameBytes.length).setBytes(valueBytes, 0, valueBytes.length);
	}

	private static byte[] bytes(String text) {
		return BYTES.computeIfAbsent(text, key -> key.getBytes(StandardCharsets.ISO_8859_1));
	}

}
