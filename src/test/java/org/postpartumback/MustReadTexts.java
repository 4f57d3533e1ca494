package org.postpartumback;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The texts a tired reader must understand at once, gathered the same way for every language's plain-language test:
 * {@code column} reads a content column (in the language under test) by its query, {@code message} a UI message.
 */
public record MustReadTexts(Function<String, List<String>> column, Function<String, String> message) {

	/** Every stop line: the safety notes', the exercises', and the general ones among the messages. */
	public List<String> stopLines() {
		List<String> texts = new ArrayList<>(column.apply("SELECT stop FROM safety_note"));
		texts.addAll(column.apply("SELECT when_to_stop FROM exercise WHERE when_to_stop IS NOT NULL"));
		texts.add(message.apply("exercise.stop.general"));
		texts.add(message.apply("safety.getHelp.lead") + " " + message.apply("safety.getHelp.signs"));
		texts.add(message.apply("safety.relief.text"));
		return texts;
	}

	/** Every "not if / not yet" caution, shown where its movement is done, and the heat's burn limits. */
	public List<String> cautions() {
		List<String> texts = new ArrayList<>(column.apply("SELECT text FROM safety_caution"));
		texts.addAll(column.apply("SELECT caution FROM relief_technique WHERE slug = 'heat'"));
		return texts;
	}

	/** Every warning sign, and each level's heading and action on the page of when to get help. */
	public List<String> warningSigns() {
		List<String> texts = new ArrayList<>(column.apply("SELECT text FROM warning_sign"));
		for (String level : List.of("emergency", "urgent", "appointment")) {
			texts.add(message.apply("help.level." + level + ".heading"));
			texts.add(message.apply("help.level." + level + ".action"));
		}
		texts.add(message.apply("help.call.other"));
		texts.add(message.apply("help.yearNote"));
		texts.add(message.apply("help.intro"));
		return texts;
	}

}
