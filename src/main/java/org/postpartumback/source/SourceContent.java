package org.postpartumback.source;

import java.util.List;
import org.postpartumback.language.Translations;
import org.postpartumback.language.Languages;
import org.postpartumback.language.Localized;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the sources and the date of the latest content release once, at start-up. */
@Configuration(proxyBeanMethods = false)
class SourceContent {

	@Bean
	Localized<Sources> sources(SourceRepository sources, GuideReleaseRepository releases, Languages languages,
			Translations translations) {
		GuideRelease release = releases.findAllByOrderByReviewedOnDesc()
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The migrations seed no guide_release row"));
		List<Source> rows = sources.findAllByOrderById();
		return Localized.build(languages, translations,
				t -> new Sources(rows.stream().map(source -> source.toView(t)).toList(), release.reviewedOn()));
	}

}
