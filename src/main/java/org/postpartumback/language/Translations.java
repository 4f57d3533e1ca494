package org.postpartumback.language;

import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every content text's translation, by language and key, read once at start-up, and what the catalogues found
 * wrong while they were built in each language: a text with no translation (missing), a translation made from
 * English that has changed since (stale), and a translation no catalogue asked for (orphan: its text is gone, or
 * its key is misspelt).
 */
public final class Translations {

	private final Map<String, Map<String, Row>> byLanguage;

	private final Map<String, Set<String>> asked = new ConcurrentHashMap<>();

	private final Map<String, Set<String>> missing = new ConcurrentHashMap<>();

	private final Map<String, Set<String>> stale = new ConcurrentHashMap<>();

	/** The rows of each language, by key. */
	public Translations(Map<String, Map<String, Row>> byLanguage) {
		this.byLanguage = Map.copyOf(byLanguage);
	}

	/** The translator into a language; the original language's is the identity. */
	public Translator into(Language language) {
		if (language.original()) {
			return (key, english) -> english;
		}
		Map<String, Row> rows = byLanguage.getOrDefault(language.code(), Map.of());
		Set<String> askedFor = setOf(asked, language);
		Set<String> notFound = setOf(missing, language);
		Set<String> outdated = setOf(stale, language);
		return (key, english) -> {
			if (english == null || english.isBlank()) {
				return english;
			}
			askedFor.add(key);
			Row row = rows.get(key);
			if (row == null) {
				notFound.add(key + " = " + english);
				return english;
			}
			if (!row.english().equals(english)) {
				outdated.add(key + ": translated from \"" + row.english() + "\", now \"" + english + "\"");
			}
			return row.text();
		};
	}

	/** The texts some catalogue asked for in this language and found no translation of: "key = English". */
	public SortedSet<String> missing(Language language) {
		return new TreeSet<>(missing.getOrDefault(language.code(), Set.of()));
	}

	/** The translations whose English has changed since they were made, each with the old and the new English. */
	public SortedSet<String> stale(Language language) {
		return new TreeSet<>(stale.getOrDefault(language.code(), Set.of()));
	}

	/** The keys of this language's translations that no catalogue asked for. */
	public SortedSet<String> orphans(Language language) {
		SortedSet<String> orphans = new TreeSet<>(byLanguage.getOrDefault(language.code(), Map.of()).keySet());
		orphans.removeAll(asked.getOrDefault(language.code(), Set.of()));
		return orphans;
	}

	private static Set<String> setOf(Map<String, Set<String>> sets, Language language) {
		return sets.computeIfAbsent(language.code(), code -> ConcurrentHashMap.newKeySet());
	}

	/** One translation: the English it was made from, and the text in its language. */
	public record Row(String english, String text) {
	}

}
