package org.postpartumback.language;

/**
 * Turns the English content texts into one language while a catalogue is built at start-up. Each text is asked for
 * by its key, the content row and column it comes from ({@code exercise.banded-as.name}), with its English as it is
 * today: a text with no translation stays English, and one whose translation was made from other English is still
 * shown translated; both are recorded ({@link Translations}), so a test fails on them.
 */
@FunctionalInterface
public interface Translator {

	/** The text of {@code key} in this translator's language; {@code null} stays {@code null}. */
	String text(String key, String english);

	/** The texts of one content row: {@code t.row("exercise", slug).text("name", name)}. */
	default Row row(String table, Object rowKey) {
		String prefix = table + "." + rowKey + ".";
		return (column, english) -> text(prefix + column, english);
	}

	/** The texts of one content row, by column. */
	@FunctionalInterface
	interface Row {

		String text(String column, String english);

	}

}
