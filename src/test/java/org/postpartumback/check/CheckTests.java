package org.postpartumback.check;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.postpartumback.check.Check.Answers;
import org.postpartumback.check.Check.Flag;
import org.postpartumback.check.Check.Item;
import org.postpartumback.check.Check.Level;
import org.postpartumback.check.Check.Outcome;
import org.postpartumback.check.Check.Rule;
import org.postpartumback.check.Check.Verdict;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check's rules as the page without JavaScript runs them ({@link Check#evaluate}), on hand-made rules shaped like
 * those of {@code src/test/js/check.test.js}, so the Java and the browser answer alike. The real V11 rules run in
 * {@code CheckPageTests}.
 */
class CheckTests {

	private static final List<Flag> FLAGS = List.of(flag("chest", Level.EMERGENCY), flag("fever", Level.URGENT),
			flag("night", Level.APPOINTMENT));

	private static final List<Rule> RULES = List.of(
			rule(2, List.of(List.of("how:caesarean", "when:0-2w"), List.of("how:caesarean", "when:2-6w")),
					List.of("roll"), Verdict.LATER),
			rule(3, List.of(List.of("how:caesarean", "when:0-2w"), List.of("how:caesarean", "when:2-6w")),
					List.of("bands", "floor"), Verdict.ASK),
			rule(4, List.of(List.of("how:caesarean", "when:2-6w")), List.of("moves"), Verdict.NOW),
			rule(6, List.of(List.of("when:0-2w"), List.of("when:2-6w"), List.of("when:unknown")),
					List.of("floor", "roll"), Verdict.ASK),
			rule(12, List.of(List.of("sign:wrist")), List.of("floor"), Verdict.ASK),
			rule(16, List.of(List.of("checked:no", "when:3-12m")), List.of("-"), Verdict.ASK),
			rule(99, List.of(List.of("*")), List.of("*"), Verdict.NOW));

	private static final List<Item> ITEMS = List.of(item("moves", "r"), item("bands", "e"), item("floor", "e"),
			item("roll", "e"));

	private final Check check = new Check(FLAGS, RULES, ITEMS, List.of(), "{}");

	@Test
	void eachRedFlagLeadsToItsOwnLevelAndNoPlan() {
		for (Flag flag : FLAGS) {
			Outcome outcome = check.evaluate(answers("3-12m", "vaginal", "yes", Set.of(), Set.of(flag.slug())));
			assertThat(outcome.level()).as(flag.slug()).isEqualTo(flag.level());
			assertThat(outcome.judged()).isEmpty();
			assertThat(outcome.advice()).isEmpty();
		}
	}

	@Test
	void theMostUrgentOfSeveralFlagsWinsAndAnUnknownFlagIsNone() {
		assertThat(check.evaluate(answers(null, null, null, Set.of(), Set.of("night", "fever"))).level())
			.isEqualTo(Level.URGENT);
		assertThat(check.evaluate(answers(null, null, null, Set.of(), Set.of("night", "chest", "fever"))).level())
			.isEqualTo(Level.EMERGENCY);
		assertThat(check.evaluate(answers(null, null, null, Set.of(), Set.of("made-up"))).level()).isNull();
	}

	@Test
	void aCaesareanAtThreeWeeksAsksFirstForFloorWorkLeavesTheRollerForLaterAndGentleMovesFitNow() {
		Outcome outcome = check.evaluate(answers("2-6w", "caesarean", "no", Set.of(), Set.of()));
		assertThat(outcome.level()).isNull();
		assertThat(slugs(outcome.with(Verdict.NOW))).containsExactly("moves");
		assertThat(slugs(outcome.with(Verdict.ASK))).containsExactly("bands", "floor");
		assertThat(slugs(outcome.with(Verdict.LATER))).containsExactly("roll");
		assertThat(outcome.fitNow()).extracting(Item::slug).containsExactly("moves");
	}

	@Test
	void theMostCautiousVerdictWinsAndAmongEqualsTheFirstRule() {
		Outcome outcome = check.evaluate(answers("0-2w", "caesarean", null, Set.of(), Set.of()));
		assertThat(ruleOf(outcome, "roll")).isEqualTo(2);
		assertThat(ruleOf(outcome, "floor")).isEqualTo(3);
		assertThat(ruleOf(outcome, "moves")).isEqualTo(99);
	}

	@Test
	void fourMonthsAfterAVaginalBirthWithNoFlagsEveryItemFitsNowInTheGuidesOrder() {
		Outcome outcome = check.evaluate(answers("3-12m", "vaginal", "yes", Set.of(), Set.of()));
		assertThat(outcome.fitNow()).extracting(Item::slug).containsExactly("moves", "bands", "floor", "roll");
		assertThat(outcome.with(Verdict.ASK)).isEmpty();
		assertThat(outcome.advice()).isEmpty();
	}

	@Test
	void theSixWeekBoundaryAsksAboutTheFloorBeforeAndNotAfter() {
		assertThat(verdictOf(check.evaluate(answers("2-6w", "vaginal", null, Set.of(), Set.of())), "floor"))
			.isEqualTo(Verdict.ASK);
		assertThat(verdictOf(check.evaluate(answers("6-12w", "vaginal", null, Set.of(), Set.of())), "floor"))
			.isEqualTo(Verdict.NOW);
	}

	@Test
	void anAnswerTheQuestionDoesNotOfferCountsAsUnknownNeverAsAFit() {
		Answers odd = answers("yesterday", null, "maybe", Set.of("wrist", "nonsense"), Set.of());
		assertThat(odd.when()).isEqualTo(Check.UNKNOWN);
		assertThat(odd.how()).isEqualTo(Check.UNKNOWN);
		assertThat(odd.checked()).isEqualTo(Check.UNKNOWN);
		assertThat(odd.facts()).containsExactly("*", "when:unknown", "how:unknown", "checked:unknown", "sign:wrist");
		assertThat(verdictOf(check.evaluate(odd), "floor")).isEqualTo(Verdict.ASK);
		assertThat(answers("12m+", "assisted", "yes", Set.of(), Set.of()).facts())
			.containsExactly("*", "when:12m+", "how:assisted", "checked:yes");
	}

	@Test
	void aSignBringsItsOwnRuleAndAdviceHoldsOnlyWhenItsWholeConditionHolds() {
		assertThat(ruleOf(check.evaluate(answers("12m+", null, null, Set.of("wrist"), Set.of())), "floor"))
			.isEqualTo(12);
		assertThat(check.evaluate(answers("3-12m", null, "no", Set.of(), Set.of())).advice()).extracting(Rule::id)
			.containsExactly(16);
		assertThat(check.evaluate(answers("12m+", null, "no", Set.of(), Set.of())).advice()).isEmpty();
	}

	@Test
	void anItemNoRuleJudgesIsLeftOutOfThePlan() {
		Check narrow = new Check(FLAGS, RULES.subList(0, 1), ITEMS, List.of(), "{}");
		Outcome outcome = narrow.evaluate(answers("0-2w", "caesarean", null, Set.of(), Set.of()));
		assertThat(outcome.judged()).extracting(judged -> judged.item().slug()).containsExactly("roll");
		assertThat(narrow.evaluate(answers("3-12m", "vaginal", null, Set.of(), Set.of())).judged()).isEmpty();
	}

	@Test
	void aRuleJudgesItsItemsEveryItemWithAStarAndNoItemAsAdvice() {
		assertThat(RULES.get(1).judges("floor")).isTrue();
		assertThat(RULES.get(1).judges("roll")).isFalse();
		assertThat(RULES.get(6).judges("anything")).isTrue();
		assertThat(RULES.get(5).isAdvice()).isTrue();
		assertThat(RULES.get(5).judges("floor")).isFalse();
		assertThat(RULES.get(1).isAdvice()).isFalse();
	}

	@Test
	void theRedFlagsOfOneLevelInOrder() {
		Check two = new Check(List.of(flag("a", Level.URGENT), flag("b", Level.EMERGENCY), flag("c", Level.URGENT)),
				List.of(), List.of(), List.of(), "{}");
		assertThat(two.flags(Level.URGENT)).extracting(Flag::slug).containsExactly("a", "c");
		assertThat(two.flags(Level.APPOINTMENT)).isEmpty();
		assertThat(Level.URGENT.anchor()).isEqualTo("urgent");
		assertThat(Verdict.LATER.key()).isEqualTo("later");
	}

	@Test
	void aStoredConditionReadsAlternativesOfAnswersThatMustAllHoldWithThePlusOfTwelveMonthsKept() {
		CheckRule row = new CheckRule();
		ReflectionTestUtils.setField(row, "id", 7);
		ReflectionTestUtils.setField(row, "condition", "how:caesarean & when:0-2w, when:12m+ ,sign:pgp&checked:no");
		ReflectionTestUtils.setField(row, "items", " floor  roll ");
		ReflectionTestUtils.setField(row, "verdict", Verdict.ASK);
		ReflectionTestUtils.setField(row, "note", "Ask first.");
		ReflectionTestUtils.setField(row, "position", 3);
		ReflectionTestUtils.setField(row, "source", "nhs");
		assertThat(row.alternatives()).containsExactly(List.of("how:caesarean", "when:0-2w"), List.of("when:12m+"),
				List.of("sign:pgp", "checked:no"));
		assertThat(row.position()).isEqualTo(3);
		assertThat(row.source()).isEqualTo("nhs");
		Rule rule = row.toView((key, english) -> key + "=" + english, null);
		assertThat(rule.id()).isEqualTo(7);
		assertThat(rule.items()).containsExactly("floor", "roll");
		assertThat(rule.verdict()).isEqualTo(Verdict.ASK);
		assertThat(rule.note()).isEqualTo("check_rule.7.note=Ask first.");
		assertThat(rule.holds(Set.of("when:12m+", "how:vaginal"))).isTrue();
		assertThat(rule.holds(Set.of("how:caesarean"))).isFalse();
	}

	private static Answers answers(String when, String how, String checked, Set<String> signs, Set<String> flags) {
		return new Answers(when, how, checked, signs, flags);
	}

	private static Flag flag(String slug, Level level) {
		return new Flag(slug, level, slug, null);
	}

	private static Rule rule(int id, List<List<String>> any, List<String> items, Verdict verdict) {
		return new Rule(id, any, items, verdict, "note " + id, null);
	}

	private static Item item(String slug, String param) {
		return new Item(slug, slug, "/" + slug, param);
	}

	private static List<String> slugs(List<Check.Judged> judged) {
		return judged.stream().map(j -> j.item().slug()).toList();
	}

	private static int ruleOf(Outcome outcome, String slug) {
		return judgedFor(outcome, slug).rule().id();
	}

	private static Verdict verdictOf(Outcome outcome, String slug) {
		return judgedFor(outcome, slug).rule().verdict();
	}

	private static Check.Judged judgedFor(Outcome outcome, String slug) {
		return outcome.judged().stream().filter(j -> j.item().slug().equals(slug)).findFirst().orElseThrow();
	}

}
