package org.postpartumback.relief;

import org.postpartumback.exercise.Exercises;
import org.postpartumback.guide.Guide;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ReliefController {

	private final Relief relief;

	private final Exercises exercises;

	private final Guide guide;

	ReliefController(Relief relief, Exercises exercises, Guide guide) {
		this.relief = relief;
		this.exercises = exercises;
		this.guide = guide;
	}

	@GetMapping("/relief")
	String relief(Model model) {
		model.addAttribute("atHome", relief.atHome());
		model.addAttribute("professional", relief.professional());
		model.addAttribute("modifications", relief.modifications());
		model.addAttribute("goals", relief.goals());
		model.addAttribute("exercises", exercises.all());
		model.addAttribute("sources", guide.sources());
		return "relief/show";
	}

}
