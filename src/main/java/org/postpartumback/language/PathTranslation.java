package org.postpartumback.language;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** One address segment (a page name or a slug) in one language. */
@Entity
@IdClass(PathTranslation.Key.class)
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
