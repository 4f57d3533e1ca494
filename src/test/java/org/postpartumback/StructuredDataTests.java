package org.postpartumback;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.postpartumback.layout.SiteMap;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, the not-found page included, carries one schema.org JSON-LD block that parses: a MedicalWebPage about
 * back pain, which claims no review unless one is configured, with the exercises as ExercisePlans.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StructuredDataTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final LiveSite site;

	private final List<String> pages;

	StructuredDataTests(@LocalServerPort int port, SiteMap siteMap) {
		this.site = new LiveSite(port);
		this.pages = siteMap.paths();
	}

	@Test
	void everyPageDescribesItselfAsAMedicalWebPageAboutBackPainWithoutClaimingAReview() {
		List<String> visited = new ArrayList<>(pages);
		visited.add("/no/such/page");
		assertThat(visited).allSatisfy(path -> {
			JsonNode page = structuredData(path);
			assertThat(page.path("@context").asString()).as(path).isEqualTo("https://schema.org");
			assertThat(page.path("@type").asString()).as(path).isEqualTo("MedicalWebPage");
			assertThat(page.path("name").asString()).as(path).isNotBlank();
			assertThat(page.path("about").path("name").asString()).as(path).containsIgnoringCase("back pain");
			assertThat(page.has("lastReviewed")).as(path).isFalse();
			assertThat(page.has("reviewedBy")).as(path).isFalse();
		});
	}

	@Test
	void anExercisePageIsAnExercisePlanWithTheDoseTheArticleGives() {
		JsonNode plan = structuredData("/exercises/double-chins").path("hasPart").get(0);
		assertThat(plan.path("@type").asString()).isEqualTo("ExercisePlan");
		assertThat(plan.path("name").asString()).isEqualTo("Double chins");
		assertThat(plan.path("repetitions").asInt()).isEqualTo(10);
		assertThat(plan.path("workload").asString()).isEqualTo("10 reps, hold 1–2 seconds or hold 20–30 seconds");
		assertThat(plan.path("activityDuration").path("minValue").asInt()).isEqualTo(1);
	}

	@Test
	void anExerciseWithoutADoseInTheArticlesGetsNoneInItsPlan() {
		JsonNode plan = structuredData("/exercises/thread-the-needle").path("hasPart").get(0);
		assertThat(plan.path("@type").asString()).isEqualTo("ExercisePlan");
		assertThat(plan.has("workload")).isFalse();
		assertThat(plan.has("repetitions")).isFalse();
	}

	@Test
	void theExerciseListNamesEveryExercisePlan() {
		assertThat(structuredData("/exercises").path("hasPart").valueStream().map(part -> part.path("name").asString()))
			.containsExactly("Banded A's", "Double chins", "Thread the needle", "Thoracic foam roll-out", "Couch stretch");
	}

	@Test
	void theRoutineCarriesEveryExercisePlanAndItsPrintoutLeavesThemToIt() {
		assertThat(structuredData("/routine").path("hasPart").size()).isEqualTo(5);
		assertThat(structuredData("/routine/print").has("hasPart")).isFalse();
	}

	private JsonNode structuredData(String path) {
		Document page = LiveSite.parse(site.get(path));
		List<Element> blocks = page.select("script[type=application/ld+json]");
		assertThat(blocks).as(path).hasSize(1);
		return json.readTree(blocks.get(0).data());
	}

}
