package org.postpartumback.language;

import java.io.Serializable;
import java.util.Objects;

/** The key of an address segment's row: the language and the English segment. */
class TranslationKey implements Serializable {

	private String language;

	private String english;

	@Override
	public boolean equals(Object other) {
		return other instanceof TranslationKey key && Objects.equals(language, key.language)
				&& Objects.equals(english, key.english);
	}

	@Override
	public int hashCode() {
		return Objects.hash(language, english);
	}

}
