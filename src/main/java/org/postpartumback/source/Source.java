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
		return new SourceView(id, t.text(author), t.text(publisher), t.text(description), t.text(title), t.text(url),
				readOn, kind);
	}

}
