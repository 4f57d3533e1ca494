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

	/** How the positions are shown: in a loop, each over the outline of the one before, or side by side in pairs. */
	enum Layout {

		/** One figure moving through its positions. */
		LOOP,
		/** One small figure per movement: positions in pairs, the first of each pair the outline under the second. */
		STRIP

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

	@Enumerated(EnumType.STRING)
	private Layout layout;

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

	Layout layout() {
		return layout;
	}

	/** The parts drawn in the moving colour, e.g. {@code NEAR_ARM,FAR_ARM}. */
	Set<String> highlight() {
		return Set.of(highlight.split(","));
	}

}
