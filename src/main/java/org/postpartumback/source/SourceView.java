package org.postpartumback.source;

public record SourceView(int id, String author, String publisher, String description) {

	/** The credit line: the author, and the publisher where it is not the same name. */
	public String credit() {
		return author.equals(publisher) ? author : author + ", " + publisher;
	}

}
