package org.postpartumback.exercise;

import java.util.List;

/** The long-term plan: the goals the exercises serve, in order. Read once at start-up. */
public record LongTermPlan(List<Goal> goals) {

	public LongTermPlan {
		goals = List.copyOf(goals);
	}

}
