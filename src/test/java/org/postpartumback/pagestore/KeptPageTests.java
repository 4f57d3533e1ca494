package org.postpartumback.pagestore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

class KeptPageTests {

	@Test
	void aPageKeepsAGzipCopyAndStrongEtagsForBothVersions() throws IOException {
		String html = html(5_000);
		MockHttpServletResponse plain = send(page(html), "identity");
		MockHttpServletResponse compressed = send(page(html), "gzip");
		assertThat(plain.getContentAsString()).isEqualTo(html);
		assertThat(compressed.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(compressed.getContentAsByteArray()).hasSizeLessThan(html.length() / 2);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed.getContentAsByteArray()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(html);
		}
		assertThat(plain.getHeader("ETag")).matches("\"[0-9a-f]{32}\"");
		assertThat(compressed.getHeader("ETag")).isEqualTo(plain.getHeader("ETag").replace("\"", "")
			.transform(tag -> "\"" + tag + "-gzip\""));
		assertThat(send(page(html(5_000)), "identity").getHeader("ETag")).isEqualTo(plain.getHeader("ETag"));
		assertThat(send(page(html(5_001)), "identity").getHeader("ETag")).isNotEqualTo(plain.getHeader("ETag"));
	}

	@Test
	void aPageIsHeldOnceAsItsGzipCopyAndAnsweredByteForByteWithoutGzip() throws IOException {
		String html = html(5_000);
		KeptPage page = page(html);
		MockHttpServletResponse compressed = send(page, "gzip");
		assertThat(page.heldBytes()).isEqualTo(compressed.getContentAsByteArray().length);
		MockHttpServletResponse plain = send(page, "identity");
		assertThat(plain.getContentAsByteArray()).isEqualTo(html.getBytes(StandardCharsets.UTF_8));
		assertThat(plain.getContentLength()).isEqualTo(html.getBytes(StandardCharsets.UTF_8).length);
		assertThat(plain.getHeader("Content-Encoding")).isNull();
	}

	@Test
	void anAnswerThatDoesNotCompressIsSentAsItIsEvenWhenGzipIsAccepted() throws IOException {
		KeptPage tiny = new KeptPage(new byte[] { 1, 2, 3 }, "application/pdf", Locale.ENGLISH, Map.of());
		MockHttpServletResponse response = send(tiny, "gzip");
		assertThat(response.getHeader("Content-Encoding")).isNull();
		assertThat(response.getContentAsByteArray()).containsExactly(1, 2, 3);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
	}

	@Test
	void anAnswerGzipBarelyShrinksKeepsNoCopy() throws IOException {
		// already-compressed bytes, as a PDF's streams are: gzip would save a few percent and double the memory
		byte[] compressedAlready = new byte[20_000];
		new Random(7).nextBytes(compressedAlready);
		byte[] body = new byte[compressedAlready.length + 1_000];
		System.arraycopy(compressedAlready, 0, body, 0, compressedAlready.length);
		KeptPage pdf = new KeptPage(body, "application/pdf", Locale.ENGLISH, Map.of());
		MockHttpServletResponse response = send(pdf, "gzip");
		assertThat(response.getHeader("Content-Encoding")).isNull();
		assertThat(response.getContentAsByteArray()).isEqualTo(body);
	}

	@Test
	void gzipIsAcceptedByNameOrByWildcardAsRfc9110Says() {
		assertThat(KeptPage.readAcceptsGzip("gzip, deflate, br")).isTrue();
		assertThat(KeptPage.readAcceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
		assertThat(KeptPage.readAcceptsGzip("x-gzip")).isTrue();
		assertThat(KeptPage.readAcceptsGzip("*")).isTrue();
		assertThat(KeptPage.readAcceptsGzip("br, *;q=0.1")).isTrue();
		assertThat(KeptPage.readAcceptsGzip("gzip;q=0, *")).isFalse();
		assertThat(KeptPage.readAcceptsGzip("gzip;q=0")).isFalse();
		assertThat(KeptPage.readAcceptsGzip("identity")).isFalse();
		assertThat(KeptPage.readAcceptsGzip("deflate, br")).isFalse();
		assertThat(KeptPage.readAcceptsGzip("*;q=0")).isFalse();
		assertThat(KeptPage.readAcceptsGzip("gzip;q=nonsense")).isFalse();
	}

	@Test
	void aMadeUpAcceptEncodingIsReadRightAfterTheCacheIsFull() {
		for (int i = 0; i < 100; i++) {
			assertThat(KeptPage.acceptsGzip("made-up-" + i + ", gzip")).isTrue();
			assertThat(KeptPage.acceptsGzip("made-up-" + i)).isFalse();
		}
		assertThat(KeptPage.acceptsGzip(null)).isFalse();
		// the cache of values read stops at 64, whatever ran before this test
		assertThat((Map<?, ?>) ReflectionTestUtils.getField(KeptPage.class, "ACCEPTS_GZIP")).hasSize(64);
	}

	@Test
	void anAnswerUpToOneWriteGetsABufferThatHoldsItAndALargerOneKeepsTheConnectorsBuffer() throws IOException {
		int usual = new MockHttpServletResponse().getBufferSize();
		assertThat(usual).isLessThan(KeptPage.ONE_WRITE);
		assertThat(send(binary(KeptPage.ONE_WRITE), "identity").getBufferSize()).isEqualTo(KeptPage.ONE_WRITE);
		assertThat(send(binary(KeptPage.ONE_WRITE + 1), "identity").getBufferSize()).isEqualTo(usual);
		assertThat(send(binary(usual - 1), "identity").getBufferSize()).as("a buffer is never made smaller")
			.isEqualTo(usual);
	}

	@Test
	void aGzipCopyIsKeptOnlyWhenItSavesMoreThanATenth() throws IOException {
		// bytes that do not compress, then zeros that do: somewhere the copy is exactly a tenth smaller
		byte[] noise = new byte[4_000];
		new Random(11).nextBytes(noise);
		Integer atTheLimit = null;
		Integer underTheLimit = null;
		for (int zeros = 0; zeros < 2_000 && (atTheLimit == null || underTheLimit == null); zeros++) {
			byte[] body = java.util.Arrays.copyOf(noise, noise.length + zeros);
			int limit = body.length - body.length / 10;
			int compressed = gzipped(body);
			if (compressed == limit && atTheLimit == null) {
				atTheLimit = zeros;
			}
			if (compressed == limit - 1 && underTheLimit == null) {
				underTheLimit = zeros;
			}
		}
		assertThat(atTheLimit).as("a body whose copy saves exactly a tenth").isNotNull();
		assertThat(underTheLimit).as("a body whose copy saves a byte more than a tenth").isNotNull();
		KeptPage exactlyATenth = new KeptPage(java.util.Arrays.copyOf(noise, noise.length + atTheLimit),
				"application/pdf", Locale.ENGLISH, Map.of());
		assertThat(send(exactlyATenth, "gzip").getHeader("Content-Encoding")).isNull();
		KeptPage moreThanATenth = new KeptPage(java.util.Arrays.copyOf(noise, noise.length + underTheLimit),
				"application/pdf", Locale.ENGLISH, Map.of());
		assertThat(send(moreThanATenth, "gzip").getHeader("Content-Encoding")).isEqualTo("gzip");
	}

	@Test
	void ifNoneMatchNamingEitherVersionIsNotModifiedWithThatVersionsTag() throws IOException {
		KeptPage page = page(html(5_000));
		String plainTag = send(page, "identity").getHeader("ETag");
		String gzipTag = send(page, "gzip").getHeader("ETag");
		assertThat(revalidate(page, plainTag, "gzip")).satisfies(r -> {
			assertThat(r.getStatus()).isEqualTo(304);
			assertThat(r.getHeader("ETag")).isEqualTo(plainTag);
			assertThat(r.getContentAsByteArray()).isEmpty();
		});
		assertThat(revalidate(page, "W/" + gzipTag, "identity").getHeader("ETag")).isEqualTo(gzipTag);
		assertThat(revalidate(page, "*", "gzip").getHeader("ETag")).isEqualTo(gzipTag);
		assertThat(revalidate(page, "*", "identity").getHeader("ETag")).isEqualTo(plainTag);
		assertThat(revalidate(page, "\"other\", " + plainTag, "identity").getStatus()).isEqualTo(304);
		assertThat(revalidate(page, "\"other\"", "identity")).satisfies(r -> {
			assertThat(r.getStatus()).isEqualTo(200);
			assertThat(r.getContentAsString()).isEqualTo(html(5_000));
		});
	}

	@Test
	void aPageSaysItsLanguageAndABinaryAnswerDoesNot() throws IOException {
		assertThat(send(page(html(100)), "identity").getHeader("Content-Language")).isEqualTo("en");
		KeptPage pdf = new KeptPage(new byte[] { 1, 2, 3 }, "application/pdf", Locale.ENGLISH, Map.of());
		assertThat(send(pdf, "identity").getHeader("Content-Language")).isNull();
	}

	@Test
	void theHeadersItWasKeptWithAreSentWithItsRevalidationAndVaryHeaders() throws IOException {
		KeptPage page = new KeptPage("<p>hi</p>".getBytes(StandardCharsets.UTF_8), "text/html;charset=UTF-8",
				Locale.ENGLISH, Map.of("X-Kept", "yes"));
		MockHttpServletResponse response = send(page, "identity");
		assertThat(response.getHeader("X-Kept")).isEqualTo("yes");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-cache");
		assertThat(response.getHeader("Vary")).isEqualTo("Accept-Encoding");
		assertThat(response.getContentLength()).isEqualTo(9);
	}

	private static MockHttpServletResponse revalidate(KeptPage page, String ifNoneMatch, String acceptEncoding)
			throws IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/page");
		request.addHeader("Accept-Encoding", acceptEncoding);
		request.addHeader("If-None-Match", ifNoneMatch);
		MockHttpServletResponse response = new MockHttpServletResponse();
		page.send(request, response);
		return response;
	}

	private static MockHttpServletResponse send(KeptPage page, String acceptEncoding) throws IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/page");
		request.addHeader("Accept-Encoding", acceptEncoding);
		MockHttpServletResponse response = new MockHttpServletResponse();
		page.send(request, response);
		return response;
	}

	private static KeptPage page(String html) {
		return new KeptPage(html.getBytes(StandardCharsets.UTF_8), "text/html;charset=UTF-8", Locale.ENGLISH,
				Map.of());
	}

	/** The size of {@code bytes} gzipped as the store does it: at the best compression. */
	private static int gzipped(byte[] bytes) throws IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
			{
				this.def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(bytes);
		}
		return out.size();
	}

	/** {@code size} bytes that do not compress, as a PDF's. */
	private static KeptPage binary(int size) {
		byte[] body = new byte[size];
		new Random(size).nextBytes(body);
		return new KeptPage(body, "application/pdf", Locale.ENGLISH, Map.of());
	}

	/** About {@code size} bytes of HTML that compresses well, as real pages do. */
	private static String html(int size) {
		return ("<!DOCTYPE html><p>" + "a gentle stretch ".repeat(size / 17 + 1)).substring(0, size);
	}

}
