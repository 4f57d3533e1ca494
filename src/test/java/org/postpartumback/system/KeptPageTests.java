package org.postpartumback.system;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeptPageTests {

	@Test
	void aPageKeepsAGzipCopyAndStrongEtagsForBothVersions() {
		KeptPage page = page(5_000);
		assertThat(page.gzipBody()).isNotNull().hasSizeLessThan(page.body().length);
		assertThat(page.etag()).matches("\"[0-9a-f]{32}\"");
		assertThat(page(5_000).etag()).isEqualTo(page.etag());
		assertThat(page(5_001).etag()).isNotEqualTo(page.etag());
	}

	@Test
	void anAnswerThatDoesNotCompressKeepsNoGzipCopy() {
		KeptPage tiny = new KeptPage(new byte[] { 1, 2, 3 }, "application/pdf", Locale.ENGLISH, List.of());
		assertThat(tiny.gzipBody()).isNull();
		assertThat(tiny.size()).isEqualTo(3);
	}

	/** A page of about {@code size} bytes of HTML that compresses well, as real pages do. */
	private static KeptPage page(int size) {
		String html = "<!DOCTYPE html><p>" + "a gentle stretch ".repeat(size / 17 + 1);
		return new KeptPage(html.substring(0, size).getBytes(StandardCharsets.UTF_8), "text/html;charset=UTF-8",
				Locale.ENGLISH, List.of());
	}

}
