package org.postpartumback.guide;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the guide's plan and warning signs once, at start-up. */
@Configuration(proxyBeanMethods = false)
class GuideContent {

	@Bean
	Guide guide(PlanStepRepository plan, WarningSignRepository warnings) {
		return new Guide(plan.findAllByOrderByPosition().stream().map(PlanStep::toView).toList(),
				warnings.findAllByOrderByPosition().stream().map(WarningSign::toView).toList());
	}

}
