package org.postpartumback.language;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** One address segment (a page name or a slug) in one language. */
@Entity
@IdClass(TranslationKey.class)
class PathTranslation {

	@Id
	private String language;

	@Id
	private String english;

	private String segment;

	String language() {
		return language;
	}

	String english() {
		return english;
	}

	String segment() {
		return segment;
	}

}
