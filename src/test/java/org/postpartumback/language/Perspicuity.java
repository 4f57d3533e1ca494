package org.postpartumback.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How easy a Spanish text is to read: Szigriszt-Pazos perspicuity, on the INFLESZ scale health writers in Spanish
 * use (below 40 very hard, 40–55 somewhat hard, 55–65 normal, 65–80 fairly easy):
 * 206.835 − 62.3 × syllables per word − words per sentence.
 */
final class Perspicuity {

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;]+(\\s|$)");

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private static final String VOWELS = "aeiouáéíóúü";

	private static final String STRONG = "aeoáéó";

	private Perspicuity() {
	}

	static double of(String text) {
		String[] words = Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toArray(String[]::new);
		long sentences = Math.max(1, SENTENCE_END.splitAsStream(text.strip()).filter(s -> !s.isBlank()).count());
		int syllables = Arrays.stream(words).mapToInt(Perspicuity::syllables).sum();
		return 206.835 - 62.3 * syllables / words.length - (double) words.length / sentences;
	}

	/**
	 * Syllables of a Spanish word: its vowel groups, a group splitting where two strong vowels meet or a stressed
	 * í or ú sits beside a vowel (hiatus); the silent u of que, qui, gue, gui does not count, and a final y does.
	 */
	static int syllables(String word) {
		String w = word.toLowerCase(SPANISH).replace("qu", "q").replaceAll("gu(?=[eéií])", "g").replaceAll("y$", "i");
		if (w.chars().allMatch(Character::isDigit)) {
			return 1;
		}
		int count = 0;
		char previous = 0;
		for (char c : w.toCharArray()) {
			boolean vowel = VOWELS.indexOf(c) >= 0;
			if (vowel && (previous == 0 || VOWELS.indexOf(previous) < 0 || hiatus(previous, c))) {
				count++;
			}
			previous = vowel ? c : ' ';
		}
		return Math.max(1, count);
	}

	private static boolean hiatus(char first, char second) {
		return (STRONG.indexOf(first) >= 0 && STRONG.indexOf(second) >= 0) || first == 'í' || first == 'ú'
				|| second == 'í' || second == 'ú';
	}

}
