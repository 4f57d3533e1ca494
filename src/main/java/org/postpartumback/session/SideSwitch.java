package org.postpartumback.session;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An exercise done on one side, then the other. */
@Entity
@Table(name = "exercise_side_switch")
class SideSwitch {

	@Id
	private String exerciseSlug;

	protected SideSwitch() {
	}

	String exerciseSlug() {
		return exerciseSlug;
	}

}
