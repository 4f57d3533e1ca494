package org.postpartumback.relief;

import java.util.List;
import java.util.Optional;

/** Relief techniques, daily modifications and the long-term plan, read once at start-up. */
public record Relief(List<ReliefTechniqueView> techniques, List<Advice> modifications, List<Goal> goals) {

	public Relief {
		techniques = List.copyOf(techniques);
		modifications = List.copyOf(modifications);
		goals = List.copyOf(goals);
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

	public Optional<ReliefTechniqueView> find(String slug) {
		return techniques.stream().filter(t -> t.slug().equals(slug)).findFirst();
	}

}
