package org.postpartumback.cause;

import java.util.Locale;
import org.postpartumback.language.Localized;
import org.postpartumback.source.Sources;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class CauseController {

	private final Localized<Causes> causes;

	private final Localized<Sources> sources;

	CauseController(Localized<Causes> causes, Localized<Sources> sources) {
		this.causes = causes;
		this.sources = sources;
	}

	@GetMapping("/causes")
	String causes(Locale locale, Model model) {
		model.addAttribute("phases", causes.in(locale).byPhase());
		model.addAttribute("sources", sources.in(locale).all());
		return "cause/list";
	}

}
