package org.postpartumback.source;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An article the guide's facts come from. */
@Entity
class Source {

	@Id
	private Integer id;

	private String author;

	private String publisher;

	private String description;

	protected Source() {
	}

	SourceView toView() {
		return new SourceView(id, author, publisher, description);
	}

}
