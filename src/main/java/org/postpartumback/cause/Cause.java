package org.postpartumback.cause;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

@Entity
class Cause {

	@Id
	private Integer id;

	private String slug;

	@Enumerated(EnumType.STRING)
	private Phase phase;

	private int position;

	private String title;

	private String body;

	private int sourceId;

	protected Cause() {
	}

	CauseView toView() {
		return new CauseView(id, slug, phase, title, body, sourceId);
	}

}
