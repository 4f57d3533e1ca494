package org.postpartumback.language;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/** The request's locale is the language of its address ({@link LanguageFilter}); never a request header. */
final class LanguageLocaleResolver implements LocaleResolver {

	private final Languages languages;

	LanguageLocaleResolver(Languages languages) {
		this.languages = languages;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Object language = request.getAttribute(LanguageFilter.LANGUAGE);
		return ((language instanceof Language lang) ? lang : languages.original()).locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The language of a page is the language of its address");
	}

}
