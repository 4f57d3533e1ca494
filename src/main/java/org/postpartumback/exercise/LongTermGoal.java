package org.postpartumback.exercise;

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

	Goal toView() {
		return new Goal(title, body, exerciseKind, sourceId);
	}

}
