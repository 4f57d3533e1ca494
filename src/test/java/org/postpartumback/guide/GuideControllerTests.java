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
	void whenToGetHelpShowsTheThreeLevelsInOrderEachWithItsAction() {
		assertThat(mvc.get().uri("/when-to-get-help")).hasStatusOk()
			.bodyText()
			.containsSubsequence("up to a year", "1. Call your emergency number now", "911 in the US, 999 in the UK, 112 in the EU",
					"href=\"tel:911\"", "href=\"tel:999\"", "href=\"tel:112\"", "Chest pain.",
					"2. Call your midwife or doctor now, day or night", "Do not wait for morning", "emergency department",
					"Fever.", "A sore leg.", "3. Make an appointment", "Book a visit", "Pain at night.");
	}

	@Test
	void whenToGetHelpGivesTheSentenceForThePhoneAndNamesItsSourcesWithLinks() {
		assertThat(mvc.get().uri("/when-to-get-help")).hasStatusOk()
			.bodyText()
			.contains("I had a baby on [date]. I am calling because I have [what you feel].",
					"<a href=\"https://health.example/warning-signs\">Warning signs page</a>", "A Health Agency (AHA)");
	}

	@Test
	void aboutNamesTheArticlesAndThePublicHealthSourcesAndSaysWhichPartsComeFromWhich() {
		assertThat(mvc.get().uri("/about")).hasStatusOk()
			.bodyText()
			.contains("A. Author, A Clinic", "A Blog", "last updated on January 2, 2026", "not medical advice",
					"No doctor or midwife has reviewed it yet")
			.containsSubsequence("steps, doses and causes come from these articles", "A. Author",
					"warning signs and stop lines are general safety advice",
					"href=\"https://health.example/warning-signs\"")
			.doesNotContain("Reviewed by");
	}

	@Test
	void theFooterSaysWhenTheContentWasLastUpdatedAndClaimsNoReview() {
		assertThat(mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("Last updated on January 2, 2026.")
			.doesNotContain("Reviewed by", "reviewed on", "lastReviewed");
	}

	@Test
	void homeSaysWhichExercisesHaveASetCountAndWhichDoNot() {
		assertThat(mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("shows it: Wall press. The others have no set count, so go by feel: Floor twist.")
			.doesNotContain("spelled out");
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
