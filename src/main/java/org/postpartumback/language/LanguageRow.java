package org.postpartumback.language;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "language")
class LanguageRow {

	@Id
	private String code;

	private int position;

	private String ogLocale;

	Language toLanguage() {
		return new Language(code, position == 1, ogLocale);
	}

}
