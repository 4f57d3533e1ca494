package org.postpartumback.check;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.postpartumback.language.Translator;

/** A public page the check's rules follow. */
@Entity
class CheckSource {

	@Id
	private String slug;

	private int position;

	private String publisher;

	private String title;

	private String url;

	private LocalDate readOn;

	protected CheckSource() {
	}

	String slug() {
		return slug;
	}

	int position() {
		return position;
	}

	Check.Source toView(Translator t) {
		Translator.Row row = t.row("check_source", slug);
		return new Check.Source(slug, row.text("publisher", publisher), row.text("title", title), url, readOn);
	}

}
