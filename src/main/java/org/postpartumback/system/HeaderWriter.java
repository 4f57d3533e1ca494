package org.postpartumback.system;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Response;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * Sets the headers of an answer. On Tomcat's own response (the one {@link FrontValve} answers kept pages with) they
 * go in as bytes, encoded once per name and value and copied for each answer: Tomcat turns a header set as a string
 * into bytes with a new encoder for every answer, which profiles as a good part of the time a kept page takes. Any other response gets them through
 * the servlet API. Either way the answer carries the same headers.
 */
abstract sealed class HeaderWriter {

	static HeaderWriter of(HttpServletResponse response) {
		return (response instanceof Response tomcat) ? new Bytes(tomcat.getCoyoteResponse().getMimeHeaders())
				: new Servlet(response);
	}

	/** Sets the header, replacing any value it had. */
	abstract void set(String name, String value);

	/** Adds a value to the header. */
	abstract void add(String name, String value);

	private static final class Servlet extends HeaderWriter {

		private final HttpServletResponse response;

		Servlet(HttpServletResponse response) {
			this.response = response;
		}

		@Override
		void set(String name, String value) {
			response.setHeader(name, value);
		}

		@Override
		void add(String name, String value) {
			response.addHeader(name, value);
		}

	}

	private static final class Bytes extends HeaderWriter {

		/**
		 * Header names and values as bytes. What is set here is bounded: the security headers and the headers of the
		 * kept pages, which are declared.
		 */
		private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();

		private final MimeHeaders headers;

		Bytes(MimeHeaders headers) {
			this.headers = headers;
		}

		@Override
		void set(String name, String value) {
			headers.removeHeader(name);
			add(name, value);
		}

		@Override
		void add(String name, String value) {
			// copies, never the kept arrays: Tomcat reuses a header's buffer for later answers on the connection
			// (a Content-Length written in place, for one) and would write into them
			byte[] nameBytes = bytes(name).clone();
			byte[] valueBytes = bytes(value).clone();
			headers.addValue(nameBytes, 0, nameBytes.length).setBytes(valueBytes, 0, valueBytes.length);
		}

		private static byte[] bytes(String text) {
			return BYTES.computeIfAbsent(text, key -> key.getBytes(StandardCharsets.ISO_8859_1));
		}

	}

}
