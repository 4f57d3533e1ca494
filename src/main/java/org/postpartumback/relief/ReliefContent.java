package org.postpartumback.relief;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the relief content from the Flyway-seeded tables once, at start-up. */
@Configuration(proxyBeanMethods = false)
class ReliefContent {

	@Bean
	Relief relief(ReliefTechniqueRepository techniques, DailyModificationRepository modifications) {
		return new Relief(techniques.findAllByOrderByPosition().stream().map(ReliefTechnique::toView).toList(),
				modifications.findAllByOrderByPosition().stream().map(DailyModification::toView).toList());
	}

}
