package org.postpartumback.exercise;

import org.postpartumback.language.Translations;
import org.postpartumback.language.Languages;
import org.postpartumback.language.Localized;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the exercises and the long-term plan from the Flyway-seeded tables once, at start-up. */
@Configuration(proxyBeanMethods = false)
class ExerciseContent {

	@Bean
	Localized<Exercises> exercises(ExerciseRepository exercises, ExerciseAliasRepository aliases, Languages languages,
			Translations translations) {
		List<Exercise> rows = exercises.findAllByOrderByPosition();
		Map<Integer, String> slugById = rows.stream().collect(Collectors.toMap(Exercise::id, Exercise::slug));
		Map<String, String> formerSlugs = aliases.findAll()
			.stream()
			.collect(Collectors.toMap(ExerciseAlias::oldSlug, alias -> slugById.get(alias.exerciseId())));
		return Localized.build(languages, translations,
				t -> new Exercises(rows.stream().map(exercise -> exercise.toView(t)).toList(), formerSlugs));
	}

	@Bean
	Localized<LongTermPlan> longTermPlan(LongTermGoalRepository goals, Languages languages,
			Translations translations) {
		List<LongTermGoal> rows = goals.findAllByOrderByPosition();
		return Localized.build(languages, translations,
				t -> new LongTermPlan(rows.stream().map(goal -> goal.toView(t)).toList()));
	}

}
