package org.postpartumback.exercise;

import org.junit.jupiter.api.Test;
import org.postpartumback.WebSliceTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebSliceTest
class ExerciseControllerTests {

	private final MockMvcTester mvc;

	ExerciseControllerTests(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@Test
	void listGroupsExercisesByKindAndEndsWithTheLongTermPlan() {
		assertThat(mvc.get().uri("/exercises")).hasStatusOk()
			.hasViewName("exercise/list")
			.bodyText()
			.contains("<h2>Strength</h2>", "<h2>Mobility</h2>", "href=\"/exercises/wall-press\"",
					"href=\"/exercises/floor-twist\"")
			.containsSubsequence("id=\"long-term-plan\"", "Build it.", "href=\"/exercises/wall-press\"", "Move it.",
					"href=\"/exercises/floor-twist\"");
	}

	@Test
	void exercisePageShowsStepsDoseCuesAndNeighbours() {
		assertThat(mvc.get().uri("/exercises/wall-press")).hasStatusOk()
			.hasViewName("exercise/show")
			.bodyText()
			.contains("<h1>Wall press</h1>", "Stand with your back to a wall.", "<span>10 reps</span>, <span>hold 1–2 seconds</span>",
					"<em>or</em> <span>hold 20–30 seconds</span>", "Press, do not push", "Tucking the chin.", "Lean on the wall while feeding.",
					"href=\"/causes#slouching\"", "href=\"/relief#warmth\"", "rel=\"next\" href=\"/exercises/floor-twist\"",
					"Steps and dose come from an article by A. Author, A Clinic:")
			.doesNotContain("rel=\"prev\"");
	}

	@Test
	void theDoseBoxSaysWhatToFeelWhenToStopAndWhenToGetHelpBeforeTheSteps() {
		assertThat(mvc.get().uri("/exercises/wall-press")).hasStatusOk()
			.bodyText()
			.containsSubsequence("class=\"dose-box\"", "What to feel:", "Effort in your back.", "When to stop:",
					"Stop if it stings.", "class=\"stop-line\"", "Stop and get help if…",
					"href=\"/when-to-get-help\"", "Check first:", "Ask first if you had a caesarean.", "(our own advice)",
					"Sore wrist? Lean on your forearm.", "Do it with me", "Stand with your back to a wall.",
					"Warning signs and stop lines:", "href=\"https://health.example/warning-signs\"",
					"those marked “our own advice” are this guide&#39;s own");
		assertThat(mvc.get().uri("/exercises/floor-twist")).hasStatusOk()
			.bodyText()
			.containsSubsequence("When to stop:", "Stop if it hurts.", "class=\"stop-line\"", "Kneel.")
			.doesNotContain("Check first:");
	}

	@Test
	void exerciseWithoutADoseSaysTheSourcesGiveNone() {
		assertThat(mvc.get().uri("/exercises/floor-twist")).hasStatusOk()
			.bodyText()
			.contains("The sources give no set count", "Stop if it hurts.", "rel=\"prev\" href=\"/exercises/wall-press\"")
			.doesNotContain("rel=\"next\"");
	}

	@Test
	void formerSlugRedirectsPermanentlyToTheCurrentOne() {
		assertThat(mvc.get().uri("/exercises/old-press")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasHeader("Location", "/exercises/wall-press");
	}

	@Test
	void unknownSlugIsNotFound() {
		assertThat(mvc.get().uri("/exercises/no-such-exercise")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
