package org.postpartumback;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a reviewer configured, pages say who reviewed the content, when, and when it is due again, and the structured
 * data carries the review. (Without one, see {@code GuideControllerTests} and {@link StructuredDataTests}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "site.review.reviewer-name=Alex Doe", "site.review.reviewer-role=Registered midwife",
				"site.review.reviewed-on=2026-11-01", "site.review.next-review-on=2027-11-01" })
class ReviewedSiteTests {

	private final LiveSite site;

	ReviewedSiteTests(@LocalServerPort int port) {
		this.site = new LiveSite(port);
	}

	@Test
	void theFooterNamesTheReviewerTheDateAndTheNextReview() {
		Document page = LiveSite.parse(site.get("/exercises/banded-as"));
		assertThat(page.select("footer .reviewed").text()).isEqualTo(
				"Reviewed by Alex Doe, Registered midwife, on November 1, 2026. Next review due by November 1, 2027.");
		assertThat(page.select("footer").text()).doesNotContain("Last updated");
		assertThat(LiveSite.parse(site.get("/about")).select("main").text()).contains("Reviewed by Alex Doe");
	}

	@Test
	void theStructuredDataCarriesTheReview() {
		Document page = LiveSite.parse(site.get("/when-to-get-help"));
		JsonNode data = JsonMapper.builder().build().readTree(page.select("script[type=application/ld+json]").get(0).data());
		assertThat(data.path("lastReviewed").asString()).isEqualTo("2026-11-01");
		assertThat(data.path("reviewedBy").path("name").asString()).isEqualTo("Alex Doe");
		assertThat(data.path("reviewedBy").path("jobTitle").asString()).isEqualTo("Registered midwife");
	}

}
