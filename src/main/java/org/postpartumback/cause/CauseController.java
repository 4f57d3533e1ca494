package org.postpartumback.cause;

import org.postpartumback.source.Sources;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class CauseController {

	private final Causes causes;

	private final Sources sources;

	CauseController(Causes causes, Sources sources) {
		this.causes = causes;
		this.sources = sources;
	}

	@GetMapping("/causes")
	String causes(Model model) {
		model.addAttribute("phases", causes.byPhase());
		model.addAttribute("sources", sources.all());
		return "cause/list";
	}

}
