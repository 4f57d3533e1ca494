package org.postpartumback.guide;

import org.postpartumback.exercise.Exercises;
import org.postpartumback.source.Sources;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class GuideController {

	private final Guide guide;

	private final Exercises exercises;

	private final Sources sources;

	GuideController(Guide guide, Exercises exercises, Sources sources) {
		this.guide = guide;
		this.exercises = exercises;
		this.sources = sources;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("plan", guide.plan());
		model.addAttribute("exercises", exercises.all());
		return "guide/home";
	}

	@GetMapping("/when-to-get-help")
	String whenToGetHelp(Model model) {
		model.addAttribute("emergencies", guide.warnings(Guide.Urgency.EMERGENCY));
		model.addAttribute("clinicianSigns", guide.warnings(Guide.Urgency.CLINICIAN));
		return "guide/help";
	}

	@GetMapping("/about")
	String about(Model model) {
		model.addAttribute("sources", sources.all());
		model.addAttribute("reviewedOn", sources.updatedOn());
		return "guide/about";
	}

}
