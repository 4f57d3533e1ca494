package org.postpartumback;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch–Kincaid grade level of an English text: 0.39 × (words per sentence) + 11.8 × (syllables per word) −
 * 15.59. Syllables are counted the usual rough way: groups of vowels (y counts as one), less a silent final "e",
 * at least one per word. A number counts as one word of one syllable per digit group. Good enough to keep short
 * safety texts plain; not a linguist.
 */
public final class ReadingGrade {

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;]+(\\s|$)");

	private static final Pattern VOWEL_GROUPS = Pattern.compile("[aeiouy]+");

	private ReadingGrade() {
	}

	public static double of(String text) {
		String[] words = Arrays.stream(text.split("[\\s/–—-]+"))
			.map(word -> word.replaceAll("[^\\p{L}\\p{N}']", ""))
			.filter(word -> !word.isEmpty())
			.toArray(String[]::new);
		if (words.length == 0) {
			return 0;
		}
		int sentences = Math.max(1, (int) SENTENCE_END.matcher(text.strip()).results().count());
		int syllables = Arrays.stream(words).mapToInt(ReadingGrade::syllables).sum();
		return 0.39 * words.length / sentences + 11.8 * syllables / words.length - 15.59;
	}

	static int syllables(String word) {
		String lower = word.toLowerCase(Locale.ROOT).replace("'", "");
		if (lower.chars().anyMatch(Character::isDigit)) {
			return 1;
		}
		Matcher groups = VOWEL_GROUPS.matcher(lower);
		int count = (int) groups.results().count();
		if (lower.endsWith("e") && !lower.endsWith("le") && count > 1) {
			count--;
		}
		if (lower.endsWith("es") || lower.endsWith("ed")) {
			// "-es" and "-ed" are silent after most consonants (makes, moved); not after t/d (waited) or s-sounds.
			if (count > 1 && !lower.matches(".*(t|d)ed$") && !lower.matches(".*(s|x|z|ch|sh|c|g)es$")) {
				count--;
			}
		}
		return Math.max(1, count);
	}

}
