package org.postpartumback.exercise;

import org.postpartumback.cause.Causes;
import org.postpartumback.relief.Relief;
import org.postpartumback.source.Sources;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.RedirectView;

@Controller
class ExerciseController {

	private final Exercises exercises;

	private final Causes causes;

	private final Relief relief;

	private final Sources sources;

	private final LongTermPlan plan;

	ExerciseController(Exercises exercises, Causes causes, Relief relief, Sources sources, LongTermPlan plan) {
		this.exercises = exercises;
		this.causes = causes;
		this.relief = relief;
		this.sources = sources;
		this.plan = plan;
	}

	@GetMapping("/exercises")
	String list(Model model) {
		model.addAttribute("byKind", exercises.byKind());
		model.addAttribute("goals", plan.goals());
		model.addAttribute("exercises", exercises.all());
		return "exercise/list";
	}

	@GetMapping("/exercises/{slug}")
	Object show(@PathVariable String slug, Model model) {
		ExerciseView exercise = exercises.find(slug).orElse(null);
		if (exercise == null) {
			return exercises.currentSlugOf(slug)
				.map(current -> permanentRedirect("/exercises/" + current))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		model.addAttribute("exercise", exercise);
		model.addAttribute("total", exercises.all().size());
		model.addAttribute("previous", exercises.previous(exercise).orElse(null));
		model.addAttribute("next", exercises.next(exercise).orElse(null));
		model.addAttribute("causes", causes.withIds(exercise.causeIds()));
		model.addAttribute("warmUp", relief.beforeExercises());
		model.addAttribute("source", sources.find(exercise.sourceId()).orElse(null));
		return "exercise/show";
	}

	private static RedirectView permanentRedirect(String path) {
		RedirectView view = new RedirectView(path);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		view.setExposeModelAttributes(false);
		return view;
	}

}
