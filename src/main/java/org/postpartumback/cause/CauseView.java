package org.postpartumback.cause;

public record CauseView(int id, String slug, Phase phase, String title, String body, int sourceId) {

	/** The cause's place on the causes page. */
	public String path() {
		return "/causes#" + slug;
	}

}
