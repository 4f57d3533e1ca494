package org.postpartumback.relief;

import java.util.Locale;
import org.postpartumback.language.Localized;
import org.postpartumback.safety.SafetyNotes;
import org.postpartumback.source.Sources;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ReliefController {

	private final Localized<Relief> relief;

	private final Localized<Sources> sources;

	private final Localized<SafetyNotes> safety;

	ReliefController(Localized<Relief> relief, Localized<Sources> sources, Localized<SafetyNotes> safety) {
		this.safety = safety;
		this.relief = relief;
		this.sources = sources;
	}

	@GetMapping("/relief")
	String relief(Locale locale, Model model) {
		Relief relief = this.relief.in(locale);
		model.addAttribute("atHome", relief.atHome());
		model.addAttribute("professional", relief.professional());
		model.addAttribute("modifications", relief.modifications());
		model.addAttribute("sources", sources.in(locale).all());
		model.addAttribute("safety", safety.in(locale));
		return "relief/show";
	}

}
