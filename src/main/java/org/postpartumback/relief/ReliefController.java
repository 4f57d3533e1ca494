package org.postpartumback.relief;

import org.postpartumback.source.Sources;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ReliefController {

	private final Relief relief;

	private final Sources sources;

	ReliefController(Relief relief, Sources sources) {
		this.relief = relief;
		this.sources = sources;
	}

	@GetMapping("/relief")
	String relief(Model model) {
		model.addAttribute("atHome", relief.atHome());
		model.addAttribute("professional", relief.professional());
		model.addAttribute("modifications", relief.modifications());
		model.addAttribute("sources", sources.all());
		return "relief/show";
	}

}
