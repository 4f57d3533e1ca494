package org.postpartumback.exercise;

import java.util.Locale;
import org.postpartumback.language.Localized;
import org.postpartumback.cause.Causes;
import org.postpartumback.relief.Relief;
import org.postpartumback.safety.SafetyNotes;
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

	private final Localized<Exercises> exercises;

	private final Localized<Causes> causes;

	private final Localized<Relief> relief;

	private final Localized<Sources> sources;

	private final Localized<LongTermPlan> plan;

	private final Localized<SafetyNotes> safety;

	ExerciseController(Localized<Exercises> exercises, Localized<Causes> causes, Localized<Relief> relief,
			Localized<Sources> sources, Localized<LongTermPlan> plan, Localized<SafetyNotes> safety) {
		this.safety = safety;
		this.exercises = exercises;
		this.causes = causes;
		this.relief = relief;
		this.sources = sources;
		this.plan = plan;
	}

	@GetMapping("/exercises")
	String list(Locale locale, Model model) {
		Exercises exercises = this.exercises.in(locale);
		model.addAttribute("byKind", exercises.byKind());
		model.addAttribute("goals", plan.in(locale).goals());
		model.addAttribute("exercises", exercises.all());
		return "exercise/list";
	}

	@GetMapping("/exercises/{slug}")
	Object show(@PathVariable String slug, Locale locale, Model model) {
		Exercises exercises = this.exercises.in(locale);
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
		model.addAttribute("causes", causes.in(locale).withIds(exercise.causeIds()));
		model.addAttribute("warmUp", relief.in(locale).beforeExercises());
		model.addAttribute("source", sources.in(locale).find(exercise.sourceId()).orElse(null));
		model.addAttribute("safety", safety.in(locale).of(exercise.slug()));
		return "exercise/show";
	}

	private static RedirectView permanentRedirect(String path) {
		RedirectView view = new RedirectView(path);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		view.setExposeModelAttributes(false);
		return view;
	}

}
