package org.postpartumback.language;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One immutable catalogue (exercises, causes, ...) per language, built once at start-up; a page takes the one of
 * its request's locale.
 */
public final class Localized<T> {

	private final Languages languages;

	private final Map<String, T> byCode;

	private Localized(Languages languages, Map<String, T> byCode) {
		this.languages = languages;
		this.byCode = Map.copyOf(byCode);
	}

	/** Builds the catalogue once per language from the content, with that language's translator. */
	public static <T> Localized<T> build(Languages languages, Translations translations,
			Function<Translator, T> catalogue) {
		return of(languages, language -> catalogue.apply(translations.into(language)));
	}

	/** Makes one per language, for something made of other catalogues ({@code routines of exercises.in(language)}). */
	public static <T> Localized<T> of(Languages languages, Function<Language, T> perLanguage) {
		Map<String, T> byCode = new LinkedHashMap<>();
		languages.all().forEach(language -> byCode.put(language.code(), perLanguage.apply(language)));
		return new Localized<>(languages, byCode);
	}

	public T in(Language language) {
		return byCode.get(language.code());
	}

	/** The catalogue of a locale's language, or of the original language for any other locale. */
	public T in(Locale locale) {
		return in(languages.of(locale));
	}

	/** The original language's catalogue. */
	public T original() {
		return in(languages.original());
	}

}
