package org.postpartumback.language;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The guide in English only, for tests of one feature's content or pages. */
public final class TestLanguages {

	public static final Language ENGLISH = new Language("en", true, "en_US");

	public static final Languages ENGLISH_ONLY = new Languages(List.of(ENGLISH));

	public static final Translations NONE = new Translations(Map.of());

	private TestLanguages() {
	}

	/** A catalogue in English only. */
	public static <T> Localized<T> english(Function<Translator, T> catalogue) {
		return Localized.build(ENGLISH_ONLY, NONE, catalogue);
	}

	public static Addresses addresses() {
		return new Addresses(ENGLISH_ONLY, Map.of(), Map.of());
	}

}
