package org.postpartumback.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.postpartumback.exercise.Exercises;
import org.postpartumback.language.Addresses;
import org.postpartumback.language.Language;
import org.postpartumback.language.Languages;
import org.postpartumback.language.Localized;
import org.postpartumback.language.Translations;
import org.postpartumback.language.Translator;
import org.postpartumback.relief.Relief;
import org.postpartumback.routine.Routine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Loads the check's sources, red flags and rules once, at start-up, into one immutable catalogue per language. */
@Configuration(proxyBeanMethods = false)
class CheckContent {

	/** The paper of the plan's "Download PDF" link: the guide's first paper size. */
	static final String PAPER = Routine.PAPERS.get(0);

	@Bean
	Localized<Check> check(CheckSourceRepository sourceRows, CheckFlagRepository flagRows, CheckRuleRepository ruleRows,
			Localized<Exercises> exercises, Localized<Relief> relief, Languages languages, Translations translations,
			Addresses addresses) {
		List<CheckSource> sources = sourceRows.findAllByOrderByPosition();
		List<CheckFlag> flags = flagRows.findAllByOrderByPosition();
		List<CheckRule> rules = ruleRows.findAllByOrderByPosition();
		JsonMapper json = JsonMapper.builder().build();
		return Localized.of(languages, language -> {
			Translator t = translations.into(language);
			Map<String, Check.Source> bySlug = sources.stream()
				.map(source -> source.toView(t))
				.collect(Collectors.toMap(Check.Source::slug, Function.identity(), (a, b) -> a, LinkedHashMap::new));
			List<Check.Item> items = new ArrayList<>();
			// the guide's order, which is also a routine's canonical order: warm-ups, then exercises
			relief.in(language)
				.atHome()
				.forEach(technique -> items.add(new Check.Item(technique.slug(), technique.name(),
						"/relief#" + technique.slug(), Routine.WARM_UP_PARAM)));
			exercises.in(language)
				.all()
				.forEach(exercise -> items.add(
						new Check.Item(exercise.slug(), exercise.name(), exercise.path(), Routine.EXERCISE_PARAM)));
			List<Check.Flag> flagViews = flags.stream()
				.map(flag -> flag.toView(t, flag.source() == null ? null : bySlug.get(flag.source())))
				.toList();
			List<Check.Rule> ruleViews = rules.stream()
				.map(rule -> rule.toView(t, rule.source() == null ? null : bySlug.get(rule.source())))
				.toList();
			String data = json.writeValueAsString(data(flagViews, ruleViews, items, language, addresses))
				.replace("</", "<\\/");
			return new Check(flagViews, ruleViews, items, List.copyOf(bySlug.values()), data);
		});
	}

	/** What check.js needs to run the rules in the browser: no text, the page carries the texts. */
	private static Map<String, Object> data(List<Check.Flag> flags, List<Check.Rule> rules, List<Check.Item> items,
			Language language, Addresses addresses) {
		Map<String, Object> data = new LinkedHashMap<>();
		Map<String, String> levels = new LinkedHashMap<>();
		flags.forEach(flag -> levels.put(flag.slug(), flag.level().name()));
		data.put("flags", levels);
		data.put("rules", rules.stream()
			.map(rule -> new RuleData(rule.id(), rule.alternatives(), rule.items(), rule.verdict().name()))
			.toList());
		data.put("items", items.stream()
			.map(item -> new ItemData(item.slug(), item.param(), addresses.word(item.slug(), language)))
			.toList());
		Map<String, String> paths = new LinkedHashMap<>();
		paths.put("routine", addresses.localize("/routine", language));
		paths.put("print", addresses.localize("/routine/print", language));
		paths.put("session", addresses.localize("/routine/session", language));
		paths.put("pdf", addresses.localize(Routine.PDF_PATH, language));
		paths.put("paper", addresses.word(PAPER, language));
		data.put("paths", paths);
		return data;
	}

	// Records, not Map.of, so the JSON keeps one order: the same bytes, and ETag, from every start of the app.
	private record RuleData(int id, List<List<String>> any, List<String> items, String verdict) {
	}

	private record ItemData(String slug, String param, String value) {
	}

}
