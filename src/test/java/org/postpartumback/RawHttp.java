package org.postpartumback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Requests written byte by byte on a plain socket, for what the JDK's HttpClient refuses to send: malformed
 * percent-encoding, raw {@code <} or non-ASCII bytes in the path, a Host header of one's choosing. One request per
 * connection ({@code Connection: close}); the answer is read to the end.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/**
	 * Sends {@code requestLine} with a Host header, the given extra header lines and {@code Connection: close}.
	 */
	public static Response send(int port, String requestLine, String... headerLines) {
		StringBuilder head = new StringBuilder(requestLine).append("\r\n");
		if (List.of(headerLines).stream().noneMatch(line -> line.regionMatches(true, 0, "Host:", 0, 5))) {
			head.append("Host: localhost:").append(port).append("\r\n");
		}
		for (String line : headerLines) {
			head.append(line).append("\r\n");
		}
		head.append("Accept: text/html\r\nConnection: close\r\n\r\n");
		return send(port, head.toString().getBytes(StandardCharsets.UTF_8));
	}

	public static Response send(int port, byte[] request) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request);
				out.flush();
			}
			catch (SocketException ex) {
				// The server may answer and close before reading everything; its answer is still there to read.
			}
			return Response.parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n; (n = in.read(buffer)) != -1;) {
				bytes.write(buffer, 0, n);
			}
		}
		catch (SocketException ex) {
			if (bytes.size() == 0) {
				throw ex;
			}
		}
		return bytes.toByteArray();
	}

	/** A parsed answer; header names are case-insensitive. */
	public record Response(int status, Map<String, List<String>> headers, String body) {

		public Optional<String> header(String name) {
			return Optional.ofNullable(headers.get(name)).map(values -> values.get(0));
		}

		static Response parse(byte[] raw) {
			String text = new String(raw, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			if (end < 0) {
				throw new IllegalStateException("No complete response head in: " + text);
			}
			String[] lines = text.substring(0, end).split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.computeIfAbsent(lines[i].substring(0, colon), name -> new ArrayList<>())
					.add(lines[i].substring(colon + 1).trim());
			}
			byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
			boolean chunked = Optional.ofNullable(headers.get("Transfer-Encoding"))
				.map(values -> values.get(0).toLowerCase(Locale.ROOT).contains("chunked"))
				.orElse(false);
			return new Response(status, headers, new String(chunked ? unchunk(body) : body, StandardCharsets.UTF_8));
		}

		private static byte[] unchunk(byte[] body) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			int at = 0;
			while (at < body.length) {
				int lineEnd = indexOfCrlf(body, at);
				String sizeField = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
				int size = Integer.parseInt(sizeField, 16);
				if (size == 0) {
					break;
				}
				out.write(body, lineEnd + 2, size);
				at = lineEnd + 2 + size + 2;
			}
			return out.toByteArray();
		}

		private static int indexOfCrlf(byte[] bytes, int from) {
			for (int i = from; i < bytes.length - 1; i++) {
				if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
					return i;
				}
			}
			throw new IllegalStateException("Truncated chunked body");
		}

	}

}
