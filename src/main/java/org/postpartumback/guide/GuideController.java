package org.postpartumback.guide;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.postpartumback.exercise.ExerciseView;
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
		model.addAttribute("withDose", names(exercises.all().stream().filter(exercise -> !exercise.doses().isEmpty())));
		model.addAttribute("withoutDose", names(exercises.all().stream().filter(exercise -> exercise.doses().isEmpty())));
		return "guide/home";
	}

	@GetMapping("/when-to-get-help")
	String whenToGetHelp(Model model) {
		model.addAttribute("levels", guide.levels());
		return "guide/help";
	}

	@GetMapping("/about")
	String about(Model model) {
		model.addAttribute("sources", sources.all());
		model.addAttribute("reviewedOn", sources.updatedOn());
		return "guide/about";
	}

	private static String names(Stream<ExerciseView> exercises) {
		return exercises.map(ExerciseView::name).collect(Collectors.joining(", "));
	}

}
