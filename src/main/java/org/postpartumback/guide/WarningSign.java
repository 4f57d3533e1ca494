package org.postpartumback.guide;

import org.postpartumback.language.Translator;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A sign that calls for a clinician or emergency services rather than exercises. */
@Entity
class WarningSign {

	@Id
	private Integer id;

	private int position;

	@Enumerated(EnumType.STRING)
	private Guide.Urgency urgency;

	private String text;

	private String printText;

	protected WarningSign() {
	}

	Guide.Warning toView(Translator t) {
		Translator.Row row = t.row("warning_sign", id);
		return new Guide.Warning(urgency, row.text("text", text), row.text("print_text", printText));
	}

}
