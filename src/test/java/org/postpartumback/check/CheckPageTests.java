package org.postpartumback.check;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postpartumback.LiveSite;
import org.postpartumback.language.Localized;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Before you start" without JavaScript, against the running app with the real V11 rules: the form is posted, and
 * the answer shows a red flag's level or the plan, in English and in Spanish; the answers are never kept, logged,
 * put in the address or in a cookie.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class CheckPageTests {

	private static final Map<String, String> PAGE = Map.of("", "/before-you-start", "/es", "/es/antes-de-empezar");

	private static final List<String> EXERCISES = List.of("banded-as", "double-chins", "thread-the-needle",
			"thoracic-roll-out", "couch-stretch");

	private final LiveSite site;

	private final Check check;

	CheckPageTests(@LocalServerPort int port, Localized<Check> check) {
		this.site = new LiveSite(port);
		this.check = check.original();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/es" })
	void everyRedFlagLeadsStraightToItsLevelWithTheNumbersToCallAndNoPlan(String language) {
		assertThat(check.flags()).hasSizeGreaterThanOrEqualTo(3);
		for (Check.Flag flag : check.flags()) {
			Document page = post(language, "when=3-12m&how=vaginal&checked=yes&flag=" + flag.slug());
			List<Element> shown = page.select("[data-check-level]:not([hidden])");
			assertThat(shown).as(flag.slug()).hasSize(1);
			Element level = shown.get(0);
			assertThat(level.attr("data-check-level")).as(flag.slug()).isEqualTo(flag.level().name());
			assertThat(level.select("a[href^=tel:]").eachAttr("href")).containsExactly("tel:911", "tel:999", "tel:112");
			String help = language.isEmpty() ? "/when-to-get-help" : "/es/cuando-pedir-ayuda";
			assertThat(level.select("a[href^=" + help + "#]").eachAttr("href"))
				.containsExactly(help + "#" + flag.level().anchor());
			assertThat(page.select("[data-check-plan]")).as(flag.slug()).isEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/es" })
	void theMostUrgentOfSeveralFlagsWins(String language) {
		Document page = post(language, "flag=bones&flag=fever&flag=chest");
		assertThat(page.select("[data-check-level]:not([hidden])").eachAttr("data-check-level"))
			.containsExactly("EMERGENCY");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/es" })
	void aCaesareanAtThreeWeeksGetsNoFloorWorkOrRollerWithoutAskFirst(String language) {
		Document page = post(language, "when=2-6w&how=caesarean&checked=no");
		assertThat(items(page, "NOW")).containsExactly("gentle-movement");
		assertThat(items(page, "ASK")).contains("thread-the-needle", "heat").doesNotContain("thoracic-roll-out");
		assertThat(items(page, "LATER")).containsExactly("thoracic-roll-out");
		assertThat(page.select("[data-check-level]:not([hidden])")).isEmpty();
		// each row says why, and where the rule comes from
		page.select("[data-check-verdict] li").forEach(row -> {
			assertThat(row.select("a").first().attr("href")).startsWith(language);
			assertThat(row.select(".check-source")).isNotEmpty();
		});
		String session = page.select("[data-check-link=session]").attr("href");
		assertThat(session).isEqualTo(language.isEmpty() ? "/routine/session?r=gentle-movement"
				: "/es/rutina/sesion?r=movimiento-suave");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/es" })
	void fourMonthsAfterAVaginalBirthWithNoFlagsGetsTheFullRoutine(String language) {
		Document page = post(language, "when=3-12m&how=vaginal&checked=yes");
		assertThat(items(page, "NOW")).hasSize(check.items().size())
			.containsAll(check.items().stream().map(Check.Item::slug).toList());
		assertThat(items(page, "ASK")).isEmpty();
		assertThat(items(page, "LATER")).isEmpty();
		assertThat(page.select("[data-check-verdict=ASK]").first().hasAttr("hidden")).isTrue();
		String routine = page.select("[data-check-link=routine]").attr("href");
		assertThat(routine).startsWith(language.isEmpty() ? "/routine?r=heat" : "/es/rutina?r=calor");
		assertThat(routine.split("&e=")).hasSize(EXERCISES.size() + 1);
		assertThat(page.select("[data-check-link]").eachAttr("href")).hasSize(4)
			.allSatisfy(href -> assertThat(href).contains("e="));
	}

	@Test
	void everyRuleNamesOnlyAnswersTheQuestionsCanGiveAndOnlyItemsOfTheGuide() {
		java.util.Set<String> facts = new java.util.HashSet<>(List.of("*", "when:unknown", "how:unknown", "checked:unknown"));
		Check.WHEN.forEach(answer -> facts.add("when:" + answer));
		Check.HOW.forEach(answer -> facts.add("how:" + answer));
		Check.CHECKED.forEach(answer -> facts.add("checked:" + answer));
		Check.SIGNS.forEach(answer -> facts.add("sign:" + answer));
		java.util.Set<String> items = new java.util.HashSet<>(List.of("*", "-"));
		check.items().forEach(item -> items.add(item.slug()));
		assertThat(check.rules()).allSatisfy(rule -> {
			assertThat(rule.alternatives()).as("rule %d", rule.id()).allSatisfy(all -> assertThat(facts).containsAll(all));
			assertThat(items).as("rule %d", rule.id()).containsAll(rule.items());
		});
	}

	@Test
	void theRulesForTheBrowserKeepOneKeyOrderSoEveryStartSendsTheSameBytes() {
		String data = LiveSite.parse(site.get(PAGE.get(""))).select("script#check-data").first().data();
		assertThat(data).startsWith("{\"flags\":{")
			.containsPattern("\"rules\":\\[\\{\"id\":\\d+,\"any\":\\[\\[.*\\]\\],\"items\":\\[.*\\],\"verdict\":\"[A-Z]+\"\\}")
			.containsPattern("\"items\":\\[\\{\"slug\":\"[a-z-]+\",\"param\":\"[a-z]\",\"value\":\"[a-z-]+\"\\}");
	}

	@Test
	void moreThanAYearOnWithNoCheckYetGetsTheAdviceToAskForOne() {
		Document page = post("", "when=12m%2B&how=vaginal&checked=no");
		assertThat(page.select("[data-check-advice] li[data-rule]:not([hidden])").eachAttr("data-rule")).containsExactly("16");
		assertThat(items(page, "NOW")).hasSize(check.items().size());
	}

	@Test
	void unknownAnswersAreTreatedAsNotSaidAndNeverBreakThePage() {
		HttpResponse<String> response = send("", "when=%3Cscript%3E&how=&checked=maybe&sign=nonsense&flag=nope");
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = LiveSite.parse(response);
		// when not said: floor work and the roller are "ask first"
		assertThat(items(page, "ASK")).contains("thread-the-needle", "thoracic-roll-out");
		assertThat(response.body()).doesNotContain("<script>");
	}

	@Test
	void theAnswerIsNeitherKeptNorCachedNorACookieNorInTheAddress(CapturedOutput output) {
		LoggerFactory.getLogger(CheckPageTests.class).info("capture is on");
		HttpResponse<String> answer = send("/es", "when=2-6w&how=caesarean&checked=no&sign=wrist&flag=bones");
		assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(answer.uri().getRawQuery()).isNull();
		// the form posts its answers in the body, to an address without a query
		Document form = LiveSite.parse(site.get("/before-you-start"));
		assertThat(form.select("form[data-check-form]").attr("method")).isEqualTo("post");
		assertThat(form.select("form[data-check-form]").attr("action")).isEqualTo("/before-you-start");
		assertThat(LiveSite.parse(site.get("/es/antes-de-empezar")).select("form[data-check-form]").attr("action"))
			.isEqualTo("/es/antes-de-empezar");
		// the page store keeps GETs only: after an answer, the page is the questions again
		HttpResponse<String> again = site.get("/es/antes-de-empezar");
		assertThat(LiveSite.parse(again).select("[data-check-level]:not([hidden]), [data-check-plan]:not([hidden])"))
			.isEmpty();
		assertThat(again.headers().allValues("Set-Cookie")).isEmpty();
		// nothing of the answers reached the log (the capture does see the app's log: the line above)
		assertThat(output.getAll()).contains("capture is on")
			.doesNotContain("caesarean", "2-6w", "wrist", "bones", "checked=no");
	}

	private List<String> items(Document page, String verdict) {
		return page.select("[data-check-verdict=" + verdict + "] li[data-item]:not([hidden])").eachAttr("data-item");
	}

	private Document post(String language, String form) {
		HttpResponse<String> response = send(language, form);
		assertThat(response.statusCode()).isEqualTo(200);
		return LiveSite.parse(response);
	}

	private HttpResponse<String> send(String language, String form) {
		return site.send(site.request(PAGE.get(language))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
			.build());
	}

}
