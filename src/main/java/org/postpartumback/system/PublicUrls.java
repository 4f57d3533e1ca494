package org.postpartumback.system;

import org.springframework.stereotype.Component;

/**
 * Absolute URLs of the public site, built from the configured base URL, never from a request.
 */
@Component
public class PublicUrls {

	private final String baseUrl;

	PublicUrls(SiteProperties site) {
		this.baseUrl = site.baseUrl().toString();
	}

	/** The site's own address, for example {@code https://example.org}. */
	public String base() {
		return baseUrl;
	}

	/** The absolute URL of a site path such as {@code /exercises/banded-as}. */
	public String absolute(String path) {
		if (path == null || !path.startsWith("/")) {
			throw new IllegalArgumentException("Expected a site path starting with '/', got " + path);
		}
		return baseUrl + path;
	}

}
