package org.postpartumback.exercise;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the exercises and the long-term plan from the Flyway-seeded tables once, at start-up. */
@Configuration(proxyBeanMethods = false)
class ExerciseContent {

	@Bean
	Exercises exercises(ExerciseRepository exercises, ExerciseAliasRepository aliases) {
		List<Exercise> rows = exercises.findAllByOrderByPosition();
		Map<Integer, String> slugById = rows.stream().collect(Collectors.toMap(Exercise::id, Exercise::slug));
		Map<String, String> formerSlugs = aliases.findAll()
			.stream()
			.collect(Collectors.toMap(ExerciseAlias::oldSlug, alias -> slugById.get(alias.exerciseId())));
		return new Exercises(rows.stream().map(Exercise::toView).toList(), formerSlugs);
	}

	@Bean
	LongTermPlan longTermPlan(LongTermGoalRepository goals) {
		return new LongTermPlan(goals.findAllByOrderByPosition().stream().map(LongTermGoal::toView).toList());
	}

}
