package org.postpartumback.session;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.postpartumback.WebSliceTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@WebSliceTest
class SessionControllerTests {

	private final MockMvcTester mvc;

	SessionControllerTests(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@Test
	void withoutJavaScriptTheSessionIsAnOrderedListOfStepsWithDosesCuesAndTheStopLine() {
		Document page = page(mvc.get().uri("/routine/session?e=floor-twist&e=wall-press&r=warmth").exchange());
		assertThat(page.select("h1").text()).isEqualTo("Do it with me");
		Elements steps = page.select("ol.session-steps > li.session-step");
		assertThat(steps.eachAttr("data-slug")).containsExactly("warmth", "wall-press", "floor-twist");
		assertThat(steps.select(".session-step-name").eachText()).containsExactly("Warmth", "Wall press", "Floor twist");
		assertThat(steps.get(0).text()).contains("Step 1 of 3", "10 minutes", "Warm it.", "Not too hot.");
		assertThat(steps.get(1).text()).contains("10 reps", "hold 1–2 seconds", "hold 20–30 seconds",
				"Stand with your back to a wall.", "Keep breathing.");
		assertThat(steps.get(2).text()).contains("no set count", "Twist.");
		assertThat(steps).allSatisfy(step -> assertThat(step.select(".session-stop").text()).startsWith("When to stop:")
			.contains("When to get help"));
		assertThat(steps.get(2).select(".session-stop").text()).contains("Stop if it hurts.");
		assertThat(steps.get(1).select(".session-stop").text()).contains("Stop if something hurts sharply");
		assertThat(page.select("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost:8080/routine/session?r=warmth&e=wall-press&e=floor-twist");
		assertThat(page.select("[data-session][hidden]")).as("the player waits for the script").hasSize(1);
		assertThat(page.select("[data-session-end][hidden]")).hasSize(1);
		assertThat(page.select("footer .disclaimer").text()).contains("not medical advice");
	}

	@Test
	void eachStepDescribesItsTimerWithOnlyTheNumbersOfItsDose() {
		Document page = page(mvc.get().uri("/routine/session?e=floor-twist&e=wall-press&r=warmth").exchange());
		Element heat = page.selectFirst("#step-1 [data-timer]");
		assertThat(heat.attr("data-timer")).isEqualTo("minutes");
		assertThat(heat.attr("data-alert") + heat.attr("data-end") + heat.attr("data-stop")).isEqualTo("101520");
		Elements holds = page.select("#step-2 [data-timer]");
		assertThat(holds.eachAttr("data-timer")).containsExactly("hold", "hold");
		assertThat(holds.get(0).attributes().asList().toString()).contains("data-reps=\"10\"", "data-hold-min=\"1\"",
				"data-hold-max=\"2\"");
		assertThat(holds.get(1).hasAttr("data-reps")).isFalse();
		assertThat(holds.get(1).attr("data-hold-min") + "-" + holds.get(1).attr("data-hold-max")).isEqualTo("20-30");
		assertThat(holds.eachText()).containsExactly("10 holds of 1–2 seconds", "One hold of 20–30 seconds");
		Element twist = page.selectFirst("#step-3");
		assertThat(twist.attr("data-sides")).isEqualTo("2");
		assertThat(twist.select("[data-timer]").eachAttr("data-timer")).containsExactly("open");
		assertThat(twist.selectFirst("[data-timer]").attributes().size()).as("no number for an open step").isEqualTo(1);
		assertThat(page.select("#step-1, #step-2").eachAttr("data-sides")).containsExactly("1", "1");
	}

	@Test
	void withoutChoicesItIsTheFullRoutineAndUnknownChoicesAreNamed() {
		Document full = page(mvc.get().uri("/routine/session").exchange());
		assertThat(full.select(".session-step").eachAttr("data-slug")).containsExactly("warmth", "wall-press",
				"floor-twist");
		assertThat(full.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/routine/session");

		Document unknown = page(mvc.get().uri("/routine/session?e=wall-press&e=nope").exchange());
		assertThat(unknown.select(".callout[role=status] code").eachText()).containsExactly("nope");
		assertThat(unknown.select(".session-step").eachAttr("data-slug")).containsExactly("wall-press");
	}

	@Test
	void tooManyChoicesIsABadRequest() {
		assertThat(mvc.get().uri("/routine/session?" + "e=wall-press&".repeat(25))).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void theExercisePageStartsItsOwnSession() {
		Document page = page(mvc.get().uri("/exercises/wall-press").exchange());
		assertThat(page.select("a[href^=/routine/session]").eachAttr("href")).containsExactly("/routine/session?e=wall-press");
	}

	@Test
	void theReliefPageStartsASessionForEachTechniqueDoneAtHome() {
		Document page = page(mvc.get().uri("/relief").exchange());
		assertThat(page.select("a[href^=/routine/session]").eachAttr("href")).containsExactly("/routine/session?r=warmth");
		assertThat(page(mvc.get().uri("/routine/session?r=warmth").exchange()).select(".session-step").eachAttr("data-slug"))
			.containsExactly("warmth");
	}

	private static Document page(MvcTestResult result) {
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/html");
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

}
