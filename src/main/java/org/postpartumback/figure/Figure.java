package org.postpartumback.figure;

import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A figure as stored by the migrations: what it shows, from which side, how long one loop takes. */
@Entity
class Figure {

	enum Subject {

		EXERCISE, RELIEF

	}

	@Id
	private Integer id;

	@Enumerated(EnumType.STRING)
	private Subject subjectKind;

	private String subjectSlug;

	@Enumerated(EnumType.STRING)
	private View view;

	private String description;

	private int loopSeconds;

	private String highlight;

	protected Figure() {
	}

	Integer id() {
		return id;
	}

	Subject subjectKind() {
		return subjectKind;
	}

	String subjectSlug() {
		return subjectSlug;
	}

	View view() {
		return view;
	}

	String description() {
		return description;
	}

	int loopSeconds() {
		return loopSeconds;
	}

	/** The parts drawn in the moving colour, e.g. {@code NEAR_ARM,FAR_ARM}. */
	Set<String> highlight() {
		return Set.of(highlight.split(","));
	}

}
