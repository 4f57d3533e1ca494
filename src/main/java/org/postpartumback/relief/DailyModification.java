package org.postpartumback.relief;

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

	Advice toView() {
		return new Advice(title, body, sourceId);
	}

}
