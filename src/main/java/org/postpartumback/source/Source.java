package org.postpartumback.source;

import org.postpartumback.language.Translator;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** An article the guide's facts come from, or a public-health page its safety guidance follows. */
@Entity
class Source {

	@Id
	private Integer id;

	private String author;

	private String publisher;

	private String description;

	private String title;

	private String url;

	private LocalDate readOn;

	@Enumerated(EnumType.STRING)
	private SourceView.Kind kind;

	protected Source() {
	}

	SourceView toView(Translator t) {
		Translator.Row row = t.row("source", id);
		return new SourceView(id, row.text("author", author), row.text("publisher", publisher),
				row.text("description", description), row.text("title", title), row.text("url", url), readOn, kind);
	}

}
