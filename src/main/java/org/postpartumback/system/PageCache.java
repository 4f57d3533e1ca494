package org.postpartumback.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.util.unit.DataSize;

/**
 * Rendered pages by request key, bounded by the memory they hold. Page URLs with query strings (a routine, for one)
 * are unbounded input, so the bound is what keeps memory flat; Caffeine's eviction (W-TinyLFU, frequency and
 * recency together) keeps the pages asked for often when a flood of one-off URLs comes in.
 */
final class PageCache {

	private final long maxBytes;

	private final Cache<String, CachedPage> pages;

	PageCache(DataSize maxSize) {
		this.maxBytes = maxSize.toBytes();
		this.pages = Caffeine.newBuilder()
			.maximumWeight(this.maxBytes)
			.weigher((String key, CachedPage page) -> 2 * key.length() + page.weight())
			// evict on the writing thread: no background task, and the bound holds as soon as put returns
			.executor(Runnable::run)
			.build();
	}

	CachedPage get(String key) {
		return pages.getIfPresent(key);
	}

	/**
	 * The page for a request URI and query string ({@code null} when there is none): the one kept under the path when
	 * it does not read its query string, else the one kept for this exact query string; {@code null} if neither is
	 * kept.
	 */
	CachedPage find(String path, String query) {
		CachedPage page = pages.getIfPresent(path);
		if (query != null && (page == null || page.readsQuery())) {
			page = pages.getIfPresent(path + '?' + query);
		}
		return page;
	}

	/** Keeps a page rendered for a request URI and query string, under the key {@link #find} looks it up by. */
	void keep(String path, String query, CachedPage page) {
		put((query != null && page.readsQuery()) ? path + '?' + query : path, page);
	}

	/** Keeps {@code page} unless it alone would take more than an eighth of the cache. */
	void put(String key, CachedPage page) {
		if (2L * key.length() + page.weight() <= maxBytes / 8) {
			pages.put(key, page);
		}
	}

	long pageCount() {
		return pages.estimatedSize();
	}

	/** The memory the cached pages take, as weighed for the bound. */
	long weightedSize() {
		return pages.policy().eviction().orElseThrow().weightedSize().orElseThrow();
	}

}
