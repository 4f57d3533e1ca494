package org.postpartumback.language;

/**
 * Turns the English content texts into one language, while a catalogue is built at start-up. A text with no
 * translation stays English and is recorded ({@link Translations#missing}), so a test can fail on it.
 */
@FunctionalInterface
public interface Translator {

	/** The text in this translator's language; {@code null} stays {@code null}. */
	String text(String english);

}
