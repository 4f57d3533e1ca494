package org.postpartumback.guide;

import java.util.Locale;
import org.postpartumback.language.Localized;
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

	private final Localized<Guide> guide;

	private final Localized<Exercises> exercises;

	private final Localized<Sources> sources;

	GuideController(Localized<Guide> guide, Localized<Exercises> exercises, Localized<Sources> sources) {
		this.guide = guide;
		this.exercises = exercises;
		this.sources = sources;
	}

	@GetMapping("/")
	String home(Locale locale, Model model) {
		Guide guide = this.guide.in(locale);
		Exercises exercises = this.exercises.in(locale);
		model.addAttribute("plan", guide.plan());
		model.addAttribute("exercises", exercises.all());
		model.addAttribute("withDose", names(exercises.all().stream().filter(exercise -> !exercise.doses().isEmpty())));
		model.addAttribute("withoutDose", names(exercises.all().stream().filter(exercise -> exercise.doses().isEmpty())));
		return "guide/home";
	}

	@GetMapping("/when-to-get-help")
	String whenToGetHelp(Locale locale, Model model) {
		model.addAttribute("levels", guide.in(locale).levels());
		return "guide/help";
	}

	@GetMapping("/about")
	String about(Locale locale, Model model) {
		Sources sources = this.sources.in(locale);
		model.addAttribute("sources", sources.all());
		model.addAttribute("reviewedOn", sources.updatedOn());
		return "guide/about";
	}

	private static String names(Stream<ExerciseView> exercises) {
		return exercises.map(ExerciseView::name).collect(Collectors.joining(", "));
	}

}
