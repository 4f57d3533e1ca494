package org.postpartumback.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The "Before you start" check in one language: its red flags, its rules and the items they judge, read once at
 * start-up. {@link #evaluate} is the rule logic for the page without JavaScript; {@code static/js/check.js} runs the
 * same logic in the browser from {@link #data}, and the tests hold both to the same answers.
 *
 * @param data the rules as JSON for the browser (no text: the texts are in the page)
 */
public record Check(List<Flag> flags, List<Rule> rules, List<Item> items, List<Source> sources, String data) {

	/** The answers each question accepts; anything else, or nothing, is "I'd rather not say". */
	static final List<String> WHEN = List.of("pregnant", "0-2w", "2-6w", "6-12w", "3-12m", "12m+");

	static final List<String> HOW = List.of("vaginal", "assisted", "caesarean");

	static final List<String> CHECKED = List.of("yes", "no");

	static final List<String> SIGNS = List.of("doming", "pgp", "wrist", "leaking");

	static final String UNKNOWN = "unknown";

	public Check {
		flags = List.copyOf(flags);
		rules = List.copyOf(rules);
		items = List.copyOf(items);
		sources = List.copyOf(sources);
	}

	/** The red flags of one level, in order. */
	public List<Flag> flags(Level level) {
		return flags.stream().filter(flag -> flag.level() == level).toList();
	}

	/** What the answers lead to: the most urgent level of the flags ticked, or otherwise a plan. */
	Outcome evaluate(Answers answers) {
		Optional<Level> level = flags.stream()
			.filter(flag -> answers.flags().contains(flag.slug()))
			.map(Flag::level)
			.min(Comparator.naturalOrder());
		if (level.isPresent()) {
			return new Outcome(level.get(), List.of(), List.of());
		}
		Set<String> facts = answers.facts();
		List<Rule> holding = rules.stream().filter(rule -> rule.holds(facts)).toList();
		List<Judged> judged = new ArrayList<>();
		for (Item item : items) {
			holding.stream()
				.filter(rule -> rule.judges(item.slug()))
				.max(Comparator.comparing(Rule::verdict))
				.ifPresent(rule -> judged.add(new Judged(item, rule)));
		}
		List<Rule> advice = holding.stream().filter(Rule::isAdvice).toList();
		return new Outcome(null, judged, advice);
	}

	/** The questions' answers: never stored, never logged, gone with the request. */
	record Answers(String when, String how, String checked, Set<String> signs, Set<String> flags) {

		Answers {
			when = known(when, WHEN);
			how = known(how, HOW);
			checked = known(checked, CHECKED);
			signs = Set.copyOf(signs.stream().filter(SIGNS::contains).toList());
			flags = Set.copyOf(flags);
		}

		private static String known(String answer, List<String> accepted) {
			return answer != null && accepted.contains(answer) ? answer : UNKNOWN;
		}

		/** What a rule's condition is matched against: '*' and each answer as {@code question:answer}. */
		Set<String> facts() {
			Set<String> facts = new LinkedHashSet<>(List.of("*", "when:" + when, "how:" + how, "checked:" + checked));
			signs.forEach(sign -> facts.add("sign:" + sign));
			return facts;
		}

	}

	/**
	 * @param level the level of /when-to-get-help to go to now, or {@code null} when the answers lead to a plan
	 * @param judged each item with the rule that decides it, in the guide's order
	 * @param advice the lines of advice that hold, about no one item
	 */
	record Outcome(Level level, List<Judged> judged, List<Rule> advice) {

		List<Judged> with(Verdict verdict) {
			return judged.stream().filter(j -> j.rule().verdict() == verdict).toList();
		}

		/** The items that fit now, for a ready routine. */
		List<Item> fitNow() {
			return with(Verdict.NOW).stream().map(Judged::item).toList();
		}

	}

	record Judged(Item item, Rule rule) {
	}

	/** How urgent a red flag is, most urgent first; the anchor is its section of /when-to-get-help. */
	public enum Level {

		EMERGENCY, URGENT, APPOINTMENT;

		public String anchor() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** From least to most cautious: per item the most cautious verdict of the rules that hold wins. */
	public enum Verdict {

		NOW, ASK, LATER;

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	public record Flag(String slug, Level level, String text, Source source) {
	}

	/**
	 * @param items the slugs judged, {@code *} for every item, or {@code -} for advice about no one item
	 */
	public record Rule(int id, List<List<String>> alternatives, List<String> items, Verdict verdict, String note,
			Source source) {

		public Rule {
			alternatives = alternatives.stream().map(List::copyOf).toList();
			items = List.copyOf(items);
		}

		boolean holds(Set<String> facts) {
			return alternatives.stream().anyMatch(facts::containsAll);
		}

		boolean judges(String item) {
			return items.contains("*") || items.contains(item);
		}

		public boolean isAdvice() {
			return items.contains("-");
		}

	}

	/**
	 * An exercise or relief technique the rules judge.
	 * @param param the routine's query parameter it goes in ({@code r} or {@code e})
	 */
	public record Item(String slug, String name, String path, String param) {
	}

	public record Source(String slug, String publisher, String title, String url, LocalDate readOn) {
	}

}
