package org.postpartumback.headers;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Response;
import org.apache.tomcat.util.buf.ByteChunk;
import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * Sets a header. On Tomcat's own response (the one {@link FrontValve} answers with) names and values go in as bytes
 * encoded once: set as a string, Tomcat encodes them with a new encoder for every answer (see
 * docs/performance.md). The bytes are copied into the header slot's own buffer, which Tomcat keeps and reuses for
 * later answers on the connection: no allocation once the slots have grown, and the kept arrays are never lent
 * (Tomcat writes into a slot's buffer when it reuses it). Any other response gets them through the servlet API, to
 * the same effect.
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
		MessageBytes valueBytes = headers.addValue(name);
		copyInto(headers.getName(headers.size() - 1), bytes(name));
		copyInto(valueBytes, bytes(value));
	}

	private static void copyInto(MessageBytes target, byte[] bytes) {
		ByteChunk chunk = target.getByteChunk();
		chunk.recycle();
		chunk.allocate(bytes.length, -1); // keeps the slot's buffer when it is large enough
		System.arraycopy(bytes, 0, chunk.getBuffer(), 0, bytes.length);
		target.setBytes(chunk.getBuffer(), 0, bytes.length);
	}

	private static byte[] bytes(String text) {
		return BYTES.computeIfAbsent(text, key -> key.getBytes(StandardCharsets.ISO_8859_1));
	}

}
