package org.postpartumback.language;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** Every content text's translation, by language and exact English wording; read once at start-up. */
public final class Translations {

	private final Map<String, Map<String, String>> byLanguage;

	private final Map<String, Set<String>> missing = new ConcurrentHashMap<>();

	public Translations(Map<String, Map<String, String>> byLanguage) {
		this.byLanguage = Map.copyOf(byLanguage);
	}

	/** The translator into a language; the original language's is the identity. */
	public Translator into(Language language) {
		if (language.original()) {
			return english -> english;
		}
		Map<String, String> texts = byLanguage.getOrDefault(language.code(), Map.of());
		Set<String> notFound = missing.computeIfAbsent(language.code(), code -> ConcurrentHashMap.newKeySet());
		return english -> {
			if (english == null || english.isBlank()) {
				return english;
			}
			String text = texts.get(english);
			if (text == null) {
				notFound.add(english);
				return english;
			}
			return text;
		};
	}

	/** The English texts some catalogue asked for in this language and found no translation of. */
	public Set<String> missing(Language language) {
		return new TreeSet<>(missing.getOrDefault(language.code(), Set.of()));
	}

}
