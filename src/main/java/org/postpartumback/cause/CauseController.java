package org.postpartumback.cause;

import org.postpartumback.guide.Guide;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class CauseController {

	private final Causes causes;

	private final Guide guide;

	CauseController(Causes causes, Guide guide) {
		this.causes = causes;
		this.guide = guide;
	}

	@GetMapping("/causes")
	String causes(Model model) {
		model.addAttribute("phases", causes.byPhase());
		model.addAttribute("sources", guide.sources());
		return "cause/list";
	}

}
