package org.postpartumback.language;

import java.util.Locale;

/**
 * A language of the guide. The first ({@link #original()}) is the one the content tables are written in and is
 * served at the site's root; every other is served under {@code /<code>/}.
 */
public record Language(String code, boolean original, String ogLocale) {

	public Locale locale() {
		return Locale.forLanguageTag(code);
	}

	/** The start of every address in this language: {@code ""} or {@code "/es"}. */
	public String prefix() {
		return original ? "" : "/" + code;
	}

}
