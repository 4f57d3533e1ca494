package org.postpartumback.language;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** The translation of one English content text into one language, looked up by its exact English wording. */
@Entity
@IdClass(TextTranslation.Key.class)
class TextTranslation {

	@Id
	private String language;

	@Id
	private String english;

	private String text;

	String language() {
		return language;
	}

	String english() {
		return english;
	}

	String text() {
		return text;
	}

	/** The composite key; JPA needs a class with the same fields. */
	static class Key implements Serializable {

		private String language;

		private String english;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && java.util.Objects.equals(language, key.language)
					&& java.util.Objects.equals(english, key.english);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(language, english);
		}

	}

}
