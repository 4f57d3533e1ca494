package org.postpartumback.source;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The release of the content: when it was last reviewed. */
@Entity
class GuideRelease {

	@Id
	private Integer id;

	private LocalDate reviewedOn;

	protected GuideRelease() {
	}

	LocalDate reviewedOn() {
		return reviewedOn;
	}

}
