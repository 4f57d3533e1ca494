package org.postpartumback.safety;

import java.util.Map;

/**
 * What to feel, when to stop and, where it applies, a caution, for each exercise and relief technique by slug. Kept
 * apart from the exercises and techniques so that both pages, and the printout, read them the same way. This
 * package depends on no feature.
 */
public record SafetyNotes(Map<String, Note> bySlug) {

	public SafetyNotes {
		bySlug = Map.copyOf(bySlug);
	}

	/** The note of a slug, or {@code null} for a template's {@code th:if}. */
	public Note of(String slug) {
		return bySlug.get(slug);
	}

	/**
	 * @param feel what the reader should feel while doing it
	 * @param stop when to stop
	 * @param caution a point-of-use caution (pregnancy, a caesarean, a recent birth), or {@code null}
	 */
	public record Note(String feel, String stop, String caution) {
	}

}
