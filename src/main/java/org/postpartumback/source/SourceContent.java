package org.postpartumback.source;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the sources and the date of the latest content release once, at start-up. */
@Configuration(proxyBeanMethods = false)
class SourceContent {

	@Bean
	Sources sources(SourceRepository sources, GuideReleaseRepository releases) {
		GuideRelease release = releases.findAllByOrderByReviewedOnDesc()
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The migrations seed no guide_release row"));
		return new Sources(sources.findAllByOrderById().stream().map(Source::toView).toList(), release.reviewedOn());
	}

}
