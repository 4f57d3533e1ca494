package org.postpartumback.language;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * The translation of one content text into one language: the text's key ({@code exercise.banded-as.name}), the
 * English it was made from, and the translation.
 */
@Entity
@Table(name = "translation")
@IdClass(ContentTranslation.Key.class)
class ContentTranslation {

	@Id
	private String language;

	@Id
	private String textKey;

	private String english;

	private String text;

	String language() {
		return language;
	}

	String textKey() {
		return textKey;
	}

	Translations.Row toRow() {
		return new Translations.Row(english, text);
	}

	static class Key implements Serializable {

		private String language;

		private String textKey;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(language, key.language)
					&& Objects.equals(textKey, key.textKey);
		}

		@Override
		public int hashCode() {
			return Objects.hash(language, textKey);
		}

	}

}
