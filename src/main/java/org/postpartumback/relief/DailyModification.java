package org.postpartumback.relief;

import org.postpartumback.language.Translator;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
class DailyModification {

	@Id
	private Integer id;

	private int position;

	private String title;

	private String body;

	private int sourceId;

	protected DailyModification() {
	}

	Advice toView(Translator t) {
		Translator.Row row = t.row("daily_modification", id);
		return new Advice(row.text("title", title), row.text("body", body), sourceId);
	}

}
