package org.postpartumback.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;

/**
 * One rendered page as it is sent: the HTML bytes, a gzip-compressed copy made once, a strong ETag for each, and
 * the response headers the page's controller set.
 */
final class CachedPage {

	private final byte[] body;

	private final byte[] gzipBody;

	private final String etag;

	private final String gzipEtag;

	private final String contentType;

	private final Locale locale;

	private final String cacheControl;

	private final HttpHeaders headers;

	private final boolean readsQuery;

	private final List<RawHeader> rawHeaders;

	private final RawHeader rawEtag;

	private final RawHeader rawGzipEtag;

	private CachedPage(byte[] body, String contentType, Locale locale, HttpHeaders headers, boolean readsQuery) {
		this.body = body;
		this.readsQuery = readsQuery;
		this.contentType = contentType;
		this.locale = locale;
		HttpHeaders others = HttpHeaders.copyOf(headers);
		String ownCacheControl = others.getCacheControl();
		others.remove(HttpHeaders.CACHE_CONTROL);
		this.cacheControl = (ownCacheControl != null) ? ownCacheControl : "no-cache";
		this.headers = HttpHeaders.readOnlyHttpHeaders(others);
		String hash = DigestUtils.md5DigestAsHex(body);
		this.etag = "\"" + hash + "\"";
		byte[] compressed = gzip(body);
		this.gzipBody = (compressed.length < body.length) ? compressed : null;
		this.gzipEtag = "\"" + hash + "-gzip\"";
		List<RawHeader> raw = new ArrayList<>();
		this.headers.forEach((name, values) -> values.forEach(value -> raw.add(RawHeader.of(name, value))));
		raw.add(RawHeader.of(HttpHeaders.CACHE_CONTROL, this.cacheControl));
		raw.add(RawHeader.of(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING));
		this.rawHeaders = List.copyOf(raw);
		this.rawEtag = RawHeader.of(HttpHeaders.ETAG, this.etag);
		this.rawGzipEtag = RawHeader.of(HttpHeaders.ETAG, this.gzipEtag);
	}

	/**
	 * A page made of {@code body}, with the {@code Content-Type} (charset included), the locale behind its
	 * {@code Content-Language}, and the other headers its controller set. Browsers are asked to revalidate it
	 * ({@code Cache-Control: no-cache}) unless the controller set a {@code Cache-Control} of its own.
	 */
	static CachedPage of(byte[] body, String contentType, Locale locale, HttpHeaders headers) {
		return of(body, contentType, locale, headers, true);
	}

	/**
	 * As {@link #of(byte[], String, Locale, HttpHeaders)}, saying whether rendering the page read the request's query
	 * string or parameters: a page that did not is the same whatever query string its URL carries.
	 */
	static CachedPage of(byte[] body, String contentType, Locale locale, HttpHeaders headers, boolean readsQuery) {
		return new CachedPage(body.clone(), contentType, locale, headers, readsQuery);
	}

	/**
	 * The headers sent with the page, ready to write: those its controller set, {@code Cache-Control} and
	 * {@code Vary}; not the ETag, which depends on the encoding.
	 */
	List<RawHeader> rawHeaders() {
		return rawHeaders;
	}

	/** The {@code ETag} header, ready to write, of the gzip copy or of the plain body. */
	RawHeader rawEtag(boolean gzip) {
		return gzip ? rawGzipEtag : rawEtag;
	}

	/** Whether rendering the page read the query string, so that each query string may give another page. */
	boolean readsQuery() {
		return readsQuery;
	}

	byte[] body() {
		return body;
	}

	/** The gzip-compressed body, or {@code null} when compressing does not make it smaller. */
	byte[] gzipBody() {
		return gzipBody;
	}

	String etag() {
		return etag;
	}

	String gzipEtag() {
		return gzipEtag;
	}

	String contentType() {
		return contentType;
	}

	Locale locale() {
		return locale;
	}

	String cacheControl() {
		return cacheControl;
	}

	/** The headers the page's controller set, other than {@code Cache-Control}. */
	HttpHeaders headers() {
		return headers;
	}

	/** About how many bytes of memory this page holds, for the cache's size bound. */
	int weight() {
		int headerChars = headers.headerSet()
			.stream()
			.mapToInt(header -> header.getKey().length() + header.getValue().stream().mapToInt(String::length).sum())
			.sum();
		return body.length + ((gzipBody != null) ? gzipBody.length : 0) + 2 * (headerChars + contentType.length() + cacheControl.length())
				+ 256;
	}

	private static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
		try (GZIPOutputStream gzip = new BestGzipOutputStream(out)) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Compresses once per page, so it may as well compress as tightly as gzip can. */
	private static final class BestGzipOutputStream extends GZIPOutputStream {

		BestGzipOutputStream(ByteArrayOutputStream out) throws IOException {
			super(out, 8192);
			this.def.setLevel(Deflater.BEST_COMPRESSION);
		}

	}

}
