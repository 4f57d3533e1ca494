package org.postpartumback.relief;

import org.junit.jupiter.api.Test;
import org.postpartumback.WebSliceTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebSliceTest
class ReliefControllerTests {

	private final MockMvcTester mvc;

	ReliefControllerTests(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@Test
	void reliefPageShowsTechniquesHabitsProfessionalCareAndPointsToTheLongTermPlan() {
		assertThat(mvc.get().uri("/relief")).hasStatusOk()
			.hasViewName("relief/show")
			.bodyText()
			.contains("id=\"warmth\"", "10 minutes", "Not too hot.", "id=\"daily-modifications\"", "Think tall.",
					"id=\"care\"", "href=\"/exercises#long-term-plan\"");
	}

	@Test
	void reliefPageOpensWithTheStopLineAndGivesEachTechniqueWhatToFeelAndWhenToStop() {
		assertThat(mvc.get().uri("/relief")).hasStatusOk()
			.bodyText()
			.containsSubsequence("<h1>", "class=\"stop-line\"", "href=\"/when-to-get-help\"", "id=\"warmth\"",
					"What to feel:", "Calm warmth.", "When to stop:", "Stop if it burns.", "Warm it.");
	}

}
