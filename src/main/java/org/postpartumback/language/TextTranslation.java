package org.postpartumback.language;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** The translation of one English content text into one language, looked up by its exact English wording. */
@Entity
@IdClass(TranslationKey.class)
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

}
