package org.postpartumback.guide;

import org.postpartumback.language.Translator;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One step of the order to do things in: relieve, modify, then strengthen and mobilize. */
@Entity
class PlanStep {

	@Id
	private Integer id;

	private int position;

	private String title;

	private String body;

	private String linkPath;

	protected PlanStep() {
	}

	Guide.Step toView(Translator t) {
		Translator.Row row = t.row("plan_step", id);
		return new Guide.Step(row.text("title", title), row.text("body", body), linkPath);
	}

}
