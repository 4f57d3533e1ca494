package org.postpartumback.guide;

import org.junit.jupiter.api.Test;
import org.postpartumback.WebSliceTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebSliceTest
class GuideControllerTests {

	private final MockMvcTester mvc;

	GuideControllerTests(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@Test
	void homeShowsThePlanAndEveryExerciseAsACard() {
		assertThat(mvc.get().uri("/")).hasStatusOk()
			.hasViewName("guide/home")
			.bodyText()
			.contains("Ease it first.", "href=\"/relief\"", "href=\"/exercises/wall-press\"",
					"href=\"/exercises/floor-twist\"", "href=\"/when-to-get-help\"");
	}

	@Test
	void whenToGetHelpSeparatesEmergenciesFromClinicianVisits() {
		assertThat(mvc.get().uri("/when-to-get-help")).hasStatusOk()
			.bodyText()
			.containsSubsequence("Call emergency services", "Chest pain.", "Contact your doctor", "Fever.");
	}

	@Test
	void aboutCreditsTheSourcesAndGivesTheReviewDate() {
		assertThat(mvc.get().uri("/about")).hasStatusOk()
			.bodyText()
			.contains("A. Author, A Clinic", "A Blog", "last reviewed on January 2, 2026", "not medical advice");
	}

	@Test
	void sitemapListsEveryPageWithAbsoluteUrls() {
		assertThat(mvc.get().uri("/sitemap.xml")).hasStatusOk()
			.bodyText()
			.contains("<loc>http://localhost:8080/</loc>", "<loc>http://localhost:8080/exercises/wall-press</loc>",
					"<loc>http://localhost:8080/about</loc>");
		assertThat(mvc.get().uri("/robots.txt")).hasStatusOk()
			.bodyText()
			.contains("Sitemap: http://localhost:8080/sitemap.xml");
	}

}
