package org.postpartumback.cause;

import org.junit.jupiter.api.Test;
import org.postpartumback.WebSliceTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebSliceTest
class CauseControllerTests {

	private final MockMvcTester mvc;

	CauseControllerTests(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@Test
	void causesAreGroupedByPhaseWithPregnancyFirstAndAnchoredBySlug() {
		assertThat(mvc.get().uri("/causes")).hasStatusOk()
			.hasViewName("cause/list")
			.bodyText()
			.contains("id=\"slouching\"", "id=\"stiffness\"", "A. Author, A Clinic")
			.containsSubsequence("During pregnancy", "Stiffness", "After birth", "Slouching");
	}

}
