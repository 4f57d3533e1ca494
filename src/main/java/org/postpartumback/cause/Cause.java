package org.postpartumback.cause;

import org.postpartumback.language.Translator;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

@Entity
class Cause {

	@Id
	private Integer id;

	private String slug;

	@Enumerated(EnumType.STRING)
	private Phase phase;

	private int position;

	private String title;

	private String body;

	private int sourceId;

	protected Cause() {
	}

	CauseView toView(Translator t) {
		Translator.Row row = t.row("cause", slug);
		return new CauseView(id, slug, phase, row.text("title", title), row.text("body", body), sourceId);
	}

}
