package org.postpartumback.system;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheTests {

	@Test
	void aFloodOfOneOffUrlsStaysWithinTheSizeAndLeavesThePopularPagesIn() {
		PageCache cache = new PageCache(DataSize.ofKilobytes(64));
		CachedPage home = page(2_000);
		CachedPage routine = page(2_000);
		cache.put("/", home);
		IntStream.range(0, 1_000).forEach(i -> {
			cache.put("/routine?exercises=" + i, routine);
			cache.get("/");
		});
		assertThat(cache.weightedSize()).isLessThanOrEqualTo(DataSize.ofKilobytes(64).toBytes());
		assertThat(cache.pageCount()).isBetween(5L, 40L);
		assertThat(cache.get("/")).isSameAs(home);
		assertThat(IntStream.range(0, 1_000).filter(i -> cache.get("/routine?exercises=" + i) == null).count())
			.isGreaterThan(950);
	}

	@Test
	void doesNotKeepAPageTooBigForIt() {
		PageCache cache = new PageCache(DataSize.ofKilobytes(64));
		cache.put("/big", page(20_000));
		assertThat(cache.get("/big")).isNull();
		assertThat(cache.pageCount()).isZero();
	}

	@Test
	void aPageKeepsAGzipCopyAndStrongEtagsForBothVersions() {
		CachedPage page = page(5_000);
		assertThat(page.gzipBody()).isNotNull().hasSizeLessThan(page.body().length);
		assertThat(page.etag()).matches("\"[0-9a-f]{32}\"");
		assertThat(page.gzipEtag()).isEqualTo(page.etag().replace("\"", "").transform(tag -> "\"" + tag + "-gzip\""));
		assertThat(page(5_000).etag()).isEqualTo(page.etag());
		assertThat(page(5_001).etag()).isNotEqualTo(page.etag());
	}

	/** A page of about {@code size} bytes of HTML that compresses well, as real pages do. */
	private static CachedPage page(int size) {
		String html = "<!DOCTYPE html><p>" + "a gentle stretch ".repeat(size / 17);
		return CachedPage.of(html.substring(0, Math.min(size, html.length())).getBytes(StandardCharsets.UTF_8),
				"text/html;charset=UTF-8", Locale.ENGLISH, new HttpHeaders());
	}

}
