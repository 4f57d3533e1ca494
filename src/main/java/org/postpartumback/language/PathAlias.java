package org.postpartumback.language;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** A former spelling of an address segment in one language, and the English segment it now stands for. */
@Entity
@IdClass(PathAlias.Key.class)
class PathAlias {

	@Id
	private String language;

	@Id
	private String segment;

	private String english;

	String language() {
		return language;
	}

	String segment() {
		return segment;
	}

	String english() {
		return english;
	}

	static class Key implements Serializable {

		private String language;

		private String segment;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(language, key.language)
					&& Objects.equals(segment, key.segment);
		}

		@Override
		public int hashCode() {
			return Objects.hash(language, segment);
		}

	}

}
