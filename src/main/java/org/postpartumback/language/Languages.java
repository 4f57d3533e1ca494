package org.postpartumback.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The guide's languages in their order, read once at start-up; the first is the original. */
public final class Languages {

	private final List<Language> all;

	public Languages(List<Language> all) {
		if (all.isEmpty() || !all.get(0).original() || all.stream().filter(Language::original).count() != 1) {
			throw new IllegalStateException("Expected exactly one original language, listed first: " + all);
		}
		this.all = List.copyOf(all);
	}

	public List<Language> all() {
		return all;
	}

	/** The language the content tables are written in, served at the root. */
	public Language original() {
		return all.get(0);
	}

	public Optional<Language> byCode(String code) {
		return all.stream().filter(language -> language.code().equals(code)).findFirst();
	}

	/** The language of a locale, or the original for a locale the guide is not written in. */
	public Language of(Locale locale) {
		return (locale == null) ? original() : byCode(locale.getLanguage()).orElse(original());
	}

}
