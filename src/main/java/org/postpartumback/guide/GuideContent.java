package org.postpartumback.guide;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the guide's sources, review date, plan and warning signs once, at start-up. */
@Configuration(proxyBeanMethods = false)
class GuideContent {

	@Bean
	Guide guide(SourceRepository sources, GuideReleaseRepository releases, PlanStepRepository plan,
			WarningSignRepository warnings) {
		GuideRelease release = releases.findAllByOrderByReviewedOnDesc()
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The migrations seed no guide_release row"));
		return new Guide(sources.findAllByOrderById().stream().map(Source::toView).toList(), release.reviewedOn(),
				plan.findAllByOrderByPosition().stream().map(PlanStep::toView).toList(),
				warnings.findAllByOrderByPosition().stream().map(WarningSign::toView).toList());
	}

}
