package org.postpartumback.cause;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the causes from the Flyway-seeded tables once, at start-up. */
@Configuration(proxyBeanMethods = false)
class CauseContent {

	@Bean
	Causes causes(CauseRepository causes) {
		return new Causes(causes.findAllByOrderByPhaseAscPositionAsc().stream().map(Cause::toView).toList());
	}

}
