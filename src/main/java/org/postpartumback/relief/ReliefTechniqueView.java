package org.postpartumback.relief;

import java.util.List;

/**
 * A way to ease the pain. {@code inRoutine} marks the techniques that go before the exercises of a routine.
 */
public record ReliefTechniqueView(String slug, Category category, String name, String summary, String dose,
		String caution, boolean inRoutine, List<String> steps, int sourceId) {

	public ReliefTechniqueView {
		steps = List.copyOf(steps);
	}

	/** The technique's place on the relief page. */
	public String path() {
		return "/relief#" + slug;
	}

}
