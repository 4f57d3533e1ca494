package org.postpartumback.pagestore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.parser.AcceptEncoding;
import org.postpartumback.headers.HeaderWriter;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;

/**
 * One kept answer: its bytes, held once (gzip-compressed when that saves at least a tenth, as is), a strong ETag for
 * each version, and the headers its controller set. {@link #send} is the one place a kept answer is written, the first
 * time as every later one.
 */
final class KeptPage {

	/** The bytes the connector writes at once: a kept answer up to this size leaves in one write. */
	static final int ONE_WRITE = 16 * 1024;

	private static final Map<String, Boolean> ACCEPTS_GZIP = new ConcurrentHashMap<>();

	/** The gzip copy when {@link #gzipped}, else the answer as rendered: each page is held once, not twice. */
	private final byte[] kept;

	private final boolean gzipped;

	/** The length of the answer as rendered (the identity version). */
	private final int length;

	private final String etag;

	private final String gzipEtag;

	private final String contentType;

	private final Locale locale;

	private final Map<String, String> headers;

	/**
	 * @param headers the headers the page's own handling set; without a {@code Cache-Control}, browsers are asked to
	 * revalidate ({@code no-cache})
	 */
	KeptPage(byte[] body, String contentType, Locale locale, Map<String, String> headers) {
		this.contentType = contentType;
		this.locale = locale;
		Map<String, String> kept = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		kept.putAll(headers);
		kept.putIfAbsent(HttpHeaders.CACHE_CONTROL, "no-cache");
		kept.put(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		this.headers = kept; // never changed after this
		String hash = DigestUtils.md5DigestAsHex(body);
		this.etag = '"' + hash + '"';
		this.gzipEtag = '"' + hash + "-gzip\"";
		byte[] compressed = gzip(body);
		// Browsers accept gzip, so the compressed copy is what is sent and all that is held; the rare request that
		// does not accept it gets the bytes back from it (gzip is lossless). A copy that saves little (a PDF is
		// compressed already) is not worth the work: such an answer is held as it is.
		this.gzipped = compressed.length < body.length - body.length / 10;
		this.kept = this.gzipped ? compressed : body.clone();
		this.length = body.length;
	}

	/**
	 * Answers with this page: its headers, then a {@code 304} when {@code If-None-Match} names either version, else
	 * the body (the gzip copy when the request accepts it), none for HEAD.
	 */
	void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
		boolean gzip = gzipped && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		headers.forEach((name, value) -> HeaderWriter.set(response, name, value));
		String matched = matchingEtag(request.getHeader(HttpHeaders.IF_NONE_MATCH), gzip);
		if (matched != null) {
			HeaderWriter.set(response, HttpHeaders.ETAG, matched);
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		HeaderWriter.set(response, HttpHeaders.ETAG, gzip ? gzipEtag : etag);
		response.setContentType(contentType);
		if (contentType.regionMatches(true, 0, "text/", 0, 5)) {
			// Content-Language for pages; Tomcat would also give a binary answer (a PDF) a charset from the locale
			response.setLocale(locale);
		}
		if (gzip) {
			HeaderWriter.set(response, HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		int size = (gzipped && !gzip) ? length : kept.length;
		response.setContentLength(size);
		if (size <= ONE_WRITE && response.getBufferSize() < size) {
			response.setBufferSize(size);
		}
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write((gzipped && !gzip) ? gunzip(kept, length) : kept);
		}
	}

	/** The ETag of the version {@code If-None-Match} names (weak comparison, RFC 9110), or {@code null}. */
	private String matchingEtag(String ifNoneMatch, boolean gzip) {
		if (ifNoneMatch == null) {
			return null;
		}
		for (ETag candidate : ETag.parse(ifNoneMatch)) {
			String tag = candidate.isWildcard() ? (gzip ? gzipEtag : etag) : '"' + candidate.tag() + '"';
			if (tag.equals(etag) || tag.equals(gzipEtag)) {
				return tag;
			}
		}
		return null;
	}

	/** Whether {@code Accept-Encoding} allows gzip, by name or {@code *}, read by Tomcat's own parser. */
	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		// browsers send a handful of values, each read once; a flood of made-up ones is read each time, not kept
		Boolean known = ACCEPTS_GZIP.get(acceptEncoding);
		if (known == null) {
			known = readAcceptsGzip(acceptEncoding);
			if (ACCEPTS_GZIP.size() < 64) {
				ACCEPTS_GZIP.put(acceptEncoding, known);
			}
		}
		return known;
	}

	/** Read without the cache, so a test sees the reading itself. */
	static boolean readAcceptsGzip(String acceptEncoding) {
		try {
			// the parser leaves out what has quality 0, so "gzip;q=0, *" reads as "*": a wildcard counts only when gzip
			// is not named at all
			List<AcceptEncoding> accepted = AcceptEncoding.parse(new StringReader(acceptEncoding));
			boolean named = acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip");
			return accepted.stream().map(AcceptEncoding::getEncoding).anyMatch(encoding -> named
					? encoding.equalsIgnoreCase("gzip") || encoding.equalsIgnoreCase("x-gzip") : encoding.equals("*"));
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/** The bytes held for this answer: what it takes in memory, beyond its headers. */
	int heldBytes() {
		return kept.length;
	}

	private static byte[] gunzip(byte[] compressed, int length) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), 8192)) {
			byte[] bytes = in.readNBytes(length);
			if (bytes.length != length || in.read() != -1) {
				throw new IllegalStateException("a kept answer's gzip copy does not hold its " + length + " bytes");
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
		// compressed once per page, so as tightly as gzip can
		try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
			{
				this.def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
