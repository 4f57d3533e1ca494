package org.postpartumback.system;

import java.nio.charset.StandardCharsets;

import org.apache.tomcat.util.http.MimeHeaders;

/**
 * A response header whose value is already encoded as the bytes Tomcat sends. Tomcat encodes a header value given as
 * a string on every response (a new encoder, character by character); the guide's security headers alone are about
 * a kilobyte, so for pages served from memory the bytes are made once and copied.
 */
record RawHeader(String name, byte[] value) {

	/** The header with {@code value} encoded as ISO-8859-1, the way Tomcat would encode it. */
	static RawHeader of(String name, String value) {
		return new RawHeader(name, value.getBytes(StandardCharsets.ISO_8859_1));
	}

	/**
	 * Adds this header to {@code headers}, which must not have it yet. Tomcat gets a copy of the bytes: it reuses a
	 * header's buffer for later responses and writes into it (a Content-Length, for one), which must never reach
	 * the bytes kept here. Copying is still far cheaper than encoding.
	 */
	void addTo(MimeHeaders headers) {
		headers.addValue(name).setBytes(value.clone(), 0, value.length);
	}

}
