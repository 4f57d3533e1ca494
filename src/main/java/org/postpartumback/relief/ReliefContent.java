package org.postpartumback.relief;

import java.util.List;
import org.postpartumback.language.Translations;
import org.postpartumback.language.Languages;
import org.postpartumback.language.Localized;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the relief content from the Flyway-seeded tables once, at start-up. */
@Configuration(proxyBeanMethods = false)
class ReliefContent {

	@Bean
	Localized<Relief> relief(ReliefTechniqueRepository techniques, DailyModificationRepository modifications,
			Languages languages, Translations translations) {
		List<ReliefTechnique> rows = techniques.findAllByOrderByPosition();
		List<DailyModification> advice = modifications.findAllByOrderByPosition();
		return Localized.build(languages, translations,
				t -> new Relief(rows.stream().map(technique -> technique.toView(t)).toList(),
						advice.stream().map(modification -> modification.toView(t)).toList()));
	}

}
