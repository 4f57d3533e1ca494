package org.postpartumback.source;

import java.time.LocalDate;

/**
 * A source of the guide: one of the two articles the facts come from, or a public-health page the safety guidance
 * follows. {@code title}, {@code url} and {@code readOn} are empty only in hand-made test content.
 */
public record SourceView(int id, String author, String publisher, String description, String title, String url,
		LocalDate readOn, Kind kind) {

	/** The credit line: the author, and the publisher where it is not the same name. */
	public String credit() {
		return author.equals(publisher) ? author : author + ", " + publisher;
	}

	public boolean isArticle() {
		return kind == Kind.ARTICLE;
	}

	/**
	 * An article the facts come from, a public-health page for the safety guidance (named in every page's source line),
	 * or another public page one sign, caution or claim was checked against (listed on When to get help and About).
	 */
	public enum Kind {

		ARTICLE, SAFETY, PUBLIC

	}

}
