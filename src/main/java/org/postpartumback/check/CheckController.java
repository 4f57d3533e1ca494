package org.postpartumback.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.postpartumback.language.Localized;
import org.postpartumback.routine.Routine;
import org.postpartumback.routine.Routines;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * "Before you start": the check's questions, and what fits now. With JavaScript the page answers in the browser from
 * the rules it carries; without, the form is posted here and the plan comes back in that one answer, never kept (the
 * page store keeps GETs only), never logged, never in the address or a cookie.
 */
@Controller
class CheckController {

	static final String PATH = "/before-you-start";

	private final Localized<Check> check;

	private final Localized<Routines> routines;

	CheckController(Localized<Check> check, Localized<Routines> routines) {
		this.check = check;
		this.routines = routines;
	}

	@GetMapping(PATH)
	String questions(Locale locale, Model model) {
		Check check = this.check.in(locale);
		model.addAttribute("check", check);
		model.addAttribute("plan", everyRow(check));
		model.addAttribute("level", null);
		return "check/show";
	}

	@PostMapping(PATH)
	String answer(@RequestBody MultiValueMap<String, String> form, Locale locale, Model model,
			HttpServletResponse response) {
		// the answers come in the form's body only, never from the address
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Check check = this.check.in(locale);
		Check.Outcome outcome = check.evaluate(new Check.Answers(form.getFirst("when"), form.getFirst("how"),
				form.getFirst("checked"), Set.copyOf(form.getOrDefault("sign", List.of())),
				Set.copyOf(form.getOrDefault("flag", List.of()))));
		model.addAttribute("check", check);
		model.addAttribute("level", outcome.level());
		model.addAttribute("plan", outcome.level() == null ? plan(outcome, routines.in(locale)) : null);
		return "check/show";
	}

	/** The page's plan for the browser's rules: every row the rules can show, each hidden until they pick it. */
	private static Plan everyRow(Check check) {
		List<Section> sections = Arrays.stream(Check.Verdict.values()).map(verdict -> {
			List<Row> rows = new ArrayList<>();
			check.rules()
				.stream()
				.filter(rule -> rule.verdict() == verdict && !rule.isAdvice())
				.forEach(rule -> check.items()
					.stream()
					.filter(item -> rule.judges(item.slug()))
					.forEach(item -> rows.add(new Row(item, rule))));
			return new Section(verdict, rows);
		}).toList();
		List<Check.Rule> advice = check.rules().stream().filter(Check.Rule::isAdvice).toList();
		return new Plan(false, sections, advice, null);
	}

	private static Plan plan(Check.Outcome outcome, Routines routines) {
		List<Section> sections = Arrays.stream(Check.Verdict.values())
			.map(verdict -> new Section(verdict,
					outcome.with(verdict).stream().map(judged -> new Row(judged.item(), judged.rule())).toList()))
			.toList();
		MultiValueMap<String, String> choices = new LinkedMultiValueMap<>();
		outcome.fitNow().forEach(item -> choices.add(item.param(), item.slug()));
		Routine routine = routines.parse(choices);
		return new Plan(true, sections, outcome.advice(), routine.isEmpty() ? null : routine);
	}

	/**
	 * The plan as the template shows it.
	 * @param answered whether the rows are the answer (no JavaScript) or every row the browser may show
	 * @param routine the ready routine of the items that fit now, or {@code null} when none fits or not answered
	 */
	record Plan(boolean answered, List<Section> sections, List<Check.Rule> advice, Routine routine) {

		/** The full routine's links stand in until the browser writes the plan's own. */
		public String paper() {
			return CheckContent.PAPER;
		}

	}

	record Section(Check.Verdict verdict, List<Row> rows) {
	}

	record Row(Check.Item item, Check.Rule rule) {
	}

}
