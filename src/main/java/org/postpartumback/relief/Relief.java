package org.postpartumback.relief;

import java.util.List;

/** Relief techniques and daily modifications, read once at start-up. */
public record Relief(List<ReliefTechniqueView> techniques, List<Advice> modifications) {

	public Relief {
		techniques = List.copyOf(techniques);
		modifications = List.copyOf(modifications);
	}

	public List<ReliefTechniqueView> atHome() {
		return techniques.stream().filter(t -> t.category() == Category.AT_HOME).toList();
	}

	public List<ReliefTechniqueView> professional() {
		return techniques.stream().filter(t -> t.category() == Category.PROFESSIONAL).toList();
	}

	/** The techniques a routine does before its exercises, in order (heat, then gentle movement). */
	public List<ReliefTechniqueView> beforeExercises() {
		return techniques.stream().filter(ReliefTechniqueView::inRoutine).toList();
	}

}
