package org.postpartumback.guide;

import java.util.List;
import org.postpartumback.language.Translations;
import org.postpartumback.language.Languages;
import org.postpartumback.language.Localized;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the guide's plan and warning signs once, at start-up. */
@Configuration(proxyBeanMethods = false)
class GuideContent {

	@Bean
	Localized<Guide> guide(PlanStepRepository plan, WarningSignRepository warnings, Languages languages,
			Translations translations) {
		List<PlanStep> steps = plan.findAllByOrderByPosition();
		List<WarningSign> signs = warnings.findAllByOrderByPosition();
		return Localized.build(languages, translations,
				t -> new Guide(steps.stream().map(step -> step.toView(t)).toList(),
						signs.stream().map(sign -> sign.toView(t)).toList()));
	}

}
