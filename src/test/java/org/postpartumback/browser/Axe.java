package org.postpartumback.browser;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules, run on the page a tab shows. Legacy mode runs axe in the page
 * itself rather than also opening a blank page to merge results across frames: the guide has no frames, and here
 * it took the accessibility tests from about 52 to 33 seconds.
 */
final class Axe {

	static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private Axe() {
	}

	/** One line per violated rule: its id, impact, what it asks for and where it failed; empty when all pass. */
	static List<String> violations(Page page) {
		return new AxeBuilder(page).withTags(WCAG_A_AND_AA)
			.setLegacyMode(true)
			.analyze()
			.getViolations()
			.stream()
			.map(Axe::describe)
			.toList();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(Axe::describe).collect(Collectors.joining("; "));
	}

	private static String describe(CheckedNode node) {
		return node.getTarget() + " — " + String.valueOf(node.getFailureSummary()).replace('\n', ' ');
	}

}
