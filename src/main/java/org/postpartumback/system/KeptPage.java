package org.postpartumback.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.parser.AcceptEncoding;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;

/**
 * One kept answer (a page, a printout, any {@code 200} at a declared address): its bytes, a gzip copy made once,
 * a strong ETag for each, and the headers its controller set. {@link #send} is the one place a kept answer is
 * written, whether just rendered or served from memory, so both are the same header by header.
 */
final class KeptPage {

	private final byte[] body;

	private final byte[] gzipBody;

	private final String etag;

	private final String gzipEtag;

	private final String contentType;

	private final Locale locale;

	private final String cacheControl;

	private final List<Map.Entry<String, String>> headers;

	/**
	 * @param headers the headers the page's own handling set, other than those {@link #send} writes itself
	 */
	KeptPage(byte[] body, String contentType, Locale locale, List<Map.Entry<String, String>> headers) {
		this.body = body.clone();
		this.contentType = contentType;
		this.locale = locale;
		this.cacheControl = headers.stream()
			.filter(header -> header.getKey().equalsIgnoreCase(HttpHeaders.CACHE_CONTROL))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse("no-cache");
		this.headers = headers.stream()
			.filter(header -> !header.getKey().equalsIgnoreCase(HttpHeaders.CACHE_CONTROL))
			.toList();
		String hash = DigestUtils.md5DigestAsHex(body);
		this.etag = '"' + hash + '"';
		this.gzipEtag = '"' + hash + "-gzip\"";
		byte[] compressed = gzip(body);
		// a copy that saves little (a PDF is compressed already) would only double the memory the answer takes
		this.gzipBody = (compressed.length < body.length - body.length / 10) ? compressed : null;
	}

	/**
	 * Answers with this page: its headers, then a {@code 304} when {@code If-None-Match} names either version, else
	 * the body (the gzip copy when the request accepts it), none for HEAD. Browsers are asked to revalidate
	 * ({@code Cache-Control: no-cache}) unless the controller set a {@code Cache-Control} of its own.
	 */
	void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
		boolean gzip = gzipBody != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		HeaderWriter writer = HeaderWriter.of(response);
		// set, not added, for a name's first value: on the answer that rendered the page they are there already
		Set<String> named = new HashSet<>();
		headers.forEach(header -> {
			if (named.add(header.getKey())) {
				writer.set(header.getKey(), header.getValue());
			}
			else {
				writer.add(header.getKey(), header.getValue());
			}
		});
		writer.set(HttpHeaders.CACHE_CONTROL, cacheControl);
		writer.set(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		String matched = matchingEtag(request.getHeader(HttpHeaders.IF_NONE_MATCH), gzip);
		if (matched != null) {
			writer.set(HttpHeaders.ETAG, matched);
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		writer.set(HttpHeaders.ETAG, gzip ? gzipEtag : etag);
		response.setContentType(contentType);
		if (contentType.regionMatches(true, 0, "text/", 0, 5)) {
			// Content-Language for pages; Tomcat would also give a binary answer (a PDF) a charset from the locale
			response.setLocale(locale);
		}
		byte[] sent = gzip ? gzipBody : body;
		if (gzip) {
			writer.set(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(sent.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(sent);
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

	/** Whether {@code Accept-Encoding} allows gzip, read by Tomcat's own parser: by name or {@code *}, quality > 0. */
	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		try {
			Double named = null;
			Double wildcard = null;
			for (AcceptEncoding encoding : AcceptEncoding.parse(new StringReader(acceptEncoding))) {
				String name = encoding.getEncoding();
				if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) {
					named = (named == null) ? encoding.getQuality() : Math.max(named, encoding.getQuality());
				}
				else if (name.equals("*")) {
					wildcard = encoding.getQuality();
				}
			}
			// Tomcat's parser leaves out what has quality 0, so "gzip;q=0, *" reads as "*": a wildcard only counts
			// when gzip is not named at all
			boolean refused = named == null && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip");
			Double quality = (named != null) ? named : (refused ? null : wildcard);
			return quality != null && quality > 0;
		}
		catch (IOException | RuntimeException ex) {
			return false;
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
