package org.postpartumback.exercise;

import org.postpartumback.language.Translator;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;


@Entity
class LongTermGoal {

	@Id
	private Integer id;

	private int position;

	private String title;

	private String body;

	@Enumerated(EnumType.STRING)
	private ExerciseKind exerciseKind;

	private int sourceId;

	protected LongTermGoal() {
	}

	Goal toView(Translator t) {
		Translator.Row row = t.row("long_term_goal", id);
		return new Goal(row.text("title", title), row.text("body", body), exerciseKind, sourceId);
	}

}
