package org.postpartumback.exercise;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A former slug of an exercise, kept so that old links still lead to the page. */
@Entity
class ExerciseAlias {

	@Id
	private String oldSlug;

	private int exerciseId;

	protected ExerciseAlias() {
	}

	String oldSlug() {
		return oldSlug;
	}

	int exerciseId() {
		return exerciseId;
	}

}
