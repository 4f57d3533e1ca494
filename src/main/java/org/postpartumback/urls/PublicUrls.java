package org.postpartumback.urls;

import java.util.Locale;

import org.postpartumback.language.Addresses;
import org.postpartumback.language.Language;
import org.postpartumback.language.Languages;
import org.springframework.stereotype.Component;

/**
 * Absolute URLs of the public site, built from the configured base URL, never from a request.
 */
@Component
public class PublicUrls {

	private final String baseUrl;

	private final Languages languages;

	private final Addresses addresses;

	PublicUrls(SiteProperties site, Languages languages, Addresses addresses) {
		this.baseUrl = site.baseUrl().toString();
		this.languages = languages;
		this.addresses = addresses;
	}

	/** The site's own address, for example {@code https://example.org}. */
	public String base() {
		return baseUrl;
	}

	/** The absolute URL of a site path such as {@code /exercises/banded-as}, as it is. */
	public String absolute(String path) {
		if (path == null || !path.startsWith("/")) {
			throw new IllegalArgumentException("Expected a site path starting with '/', got " + path);
		}
		return baseUrl + path;
	}

	/** The absolute URL in a language of a site path written in the original language. */
	public String absolute(String path, Language language) {
		return absolute(addresses.localize(path, language));
	}

	/** The absolute URL in a locale's language of a site path written in the original language. */
	public String absolute(String path, Locale locale) {
		return absolute(path, languages.of(locale));
	}

}
