package org.postpartumback.routine;

import org.postpartumback.exercise.Exercises;
import org.postpartumback.language.Languages;
import org.postpartumback.language.Localized;
import org.postpartumback.relief.Relief;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The routines of each language, over that language's exercises and relief techniques. */
@Configuration(proxyBeanMethods = false)
public class RoutineContent {

	@Bean
	Localized<Routines> routines(Localized<Exercises> exercises, Localized<Relief> relief, Languages languages) {
		return Localized.of(languages, language -> new Routines(exercises.in(language), relief.in(language)));
	}

}
