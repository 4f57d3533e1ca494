package org.postpartumback.cause;

import java.util.List;
import org.postpartumback.language.Translations;
import org.postpartumback.language.Languages;
import org.postpartumback.language.Localized;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the causes from the Flyway-seeded tables once, at start-up. */
@Configuration(proxyBeanMethods = false)
class CauseContent {

	@Bean
	Localized<Causes> causes(CauseRepository causes, Languages languages, Translations translations) {
		List<Cause> rows = causes.findAllByOrderByPhaseAscPositionAsc();
		return Localized.build(languages, translations,
				t -> new Causes(rows.stream().map(cause -> cause.toView(t)).toList()));
	}

}
