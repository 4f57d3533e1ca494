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

}
