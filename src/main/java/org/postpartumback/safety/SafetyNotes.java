package org.postpartumback.safety;

import java.util.List;
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
	 * @param cautions the "not if / not yet" lines, in order, shown wherever the movement is done; often none
	 */
	public record Note(String feel, String stop, List<Caution> cautions) {

		public Note {
			cautions = List.copyOf(cautions);
		}

	}

	/**
	 * @param text the caution
	 * @param own the guide's own caution, not a public page's: the page says so, so no source line credits it to one
	 */
	public record Caution(String text, boolean own) {
	}

}
