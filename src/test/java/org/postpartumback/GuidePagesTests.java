package org.postpartumback;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.postpartumback.layout.SiteMap;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page of the running guide, from the one list of pages the sitemap is built from. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GuidePagesTests {

	static final String SITE_NAME = "Postpartum Back Guide";

	private final LiveSite site;

	private final List<String> pages;

	GuidePagesTests(@LocalServerPort int port, SiteMap siteMap) {
		this.site = new LiveSite(port);
		this.pages = siteMap.paths();
	}

	@Test
	void theSiteMapListsEveryGuidePage() {
		assertThat(pages).contains("/", "/exercises", "/exercises/banded-as", "/exercises/double-chins",
				"/exercises/thread-the-needle", "/exercises/thoracic-roll-out", "/exercises/couch-stretch", "/causes",
				"/relief", "/when-to-get-help", "/about");
	}

	@Test
	void everyPageRendersInTheLayoutWithTheDisclaimer() {
		assertThat(pages).allSatisfy(path -> {
			HttpResponse<String> response = site.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
					type -> assertThat(type).startsWith("text/html"));
			Document page = LiveSite.parse(response);
			assertThat(page.select("html").attr("lang")).as(path).isEqualTo("en");
			assertThat(page.select("h1")).as(path).hasSize(1);
			assertThat(page.title()).as(path).endsWith(" – " + SITE_NAME).hasSizeGreaterThan((" – " + SITE_NAME).length());
			assertThat(page.select("meta[name=description]").attr("content")).as(path).isNotBlank();
			assertThat(page.select("link[rel=canonical]").attr("href")).as(path).isEqualTo("http://localhost:8080" + path);
			assertThat(page.select("a.skip-link[href=#main]")).as(path).hasSize(1);
			assertThat(page.select("main#main")).as(path).hasSize(1);
			assertDisclaimer(page, path);
		});
	}

	@Test
	void aPageLoadsTheSiteScriptAndOnlyTheFeatureScriptItUses() {
		Map<String, String> own = Map.of("/routine", "ticks", "/routine/session", "session", "/before-you-start", "check",
				"/diary", "diary");
		assertThat(pages).containsAll(own.keySet());
		assertThat(pages).allSatisfy(path -> {
			List<String> scripts = LiveSite.parse(site.get(path))
				.select("script[src]")
				.eachAttr("src")
				.stream()
				.map(src -> src.replaceFirst("^/js/([a-z]+)[-.].*$", "$1"))
				.toList();
			assertThat(scripts).as(path)
				.containsExactlyElementsOf(own.containsKey(path) ? List.of("site", own.get(path)) : List.of("site"));
		});
	}

	@Test
	void noPageShowsAnUnresolvedMessageKey() {
		List<String> visited = new ArrayList<>(pages);
		visited.addAll(List.of("/no/such/page", "/routine?" + "e=x&".repeat(25)));
		assertThat(visited).allSatisfy(path -> assertThat(site.get(path).body()).as(path)
			.doesNotContainPattern("\\?\\?[\\w.-]+\\?\\?"));
	}

	@Test
	void theHelpPageShowsTheThreeLevelsWithTheirActionsThePhoneSentenceAndTheSourcesWithLinks() {
		Document page = LiveSite.parse(site.get("/when-to-get-help"));
		assertThat(page.select(".help-level h2").eachText()).containsExactly("1. Call your emergency number now",
				"2. Call your midwife or doctor now, day or night", "3. Make an appointment");
		assertThat(page.select(".help-level").eachAttr("id")).containsExactly("emergency", "urgent", "appointment");
		assertThat(page.select(".help-level .help-action").eachText()).satisfiesExactly(
				action -> assertThat(action).contains("911", "999", "112", "your country's emergency number"),
				action -> assertThat(action).contains("maternity unit now", "Do not wait for morning",
						"emergency department", "Skip urgent care"),
				action -> assertThat(action).contains("Book a visit"));
		assertThat(page.select(".help-level").get(0).text()).contains("chest or upper back", "sepsis",
				"postpartum psychosis", "faint", "worst you have ever had", "Heavy bleeding", "serious fall",
				"both legs", "genitals or bottom", "newly lose control", "epidural or spinal");
		assertThat(page.select(".help-level").get(1).text()).contains("right ribs", "pre-eclampsia",
				"worse when you sit or stand up").doesNotContain("shoulder blades");
		assertThat(page.select(".phone-sentence").text()).contains("I had a baby on [date]");
		assertThat(page.select("main").text()).contains("up to a year");
		assertThat(page.select("main .sources a").eachAttr("href")).startsWith(
				"https://www.cdc.gov/hearher/maternal-warning-signs/index.html",
				"https://www.awhonn.org/education/hospital-products/post-birth-warning-signs-education-program/",
				"https://www.nhs.uk/conditions/back-pain/")
			.contains("https://111.wales.nhs.uk/Encyclopaedia/p/article/pulmonaryembolism",
					"https://www.app-network.org/postpartum-psychosis/",
					"https://link.springer.com/article/10.1007/s00586-012-2162-x");
	}

	@Test
	void theHelpPageCallsEachEmergencyNumberWithATapAndNamesAnyOtherCountrysNumber() {
		for (String path : List.of("/when-to-get-help", "/es/cuando-pedir-ayuda")) {
			Document page = LiveSite.parse(site.get(path));
			assertThat(page.select("#emergency a[href^=tel:]").eachAttr("href")).as(path)
				.containsExactly("tel:911", "tel:999", "tel:112");
			assertThat(page.select("#emergency .help-call-other").text()).as(path).isNotBlank();
		}
		assertThat(LiveSite.parse(site.get("/es/cuando-pedir-ayuda")).select("#emergency").text())
			.contains("número de emergencias de tu país");
	}

	@Test
	void unknownSlugRendersNotFoundPage() {
		assertNotFoundPage("/exercises/no-such-exercise");
	}

	@Test
	void unknownPathRendersNotFoundPage() {
		assertNotFoundPage("/no/such/page");
	}

	@Test
	void wrongMethodOnAPageIsMethodNotAllowedInTheLayout() {
		HttpResponse<String> response = site.send(site.request("/about").DELETE().build());
		assertThat(response.statusCode()).isEqualTo(405);
		Document page = LiveSite.parse(response);
		assertThat(page.select("h1").text()).isEqualTo("That request did not work");
		assertDisclaimer(page, "DELETE /about");
	}

	@Test
	void tooManyRoutineChoicesGetA400PageWithTheReasonInTheLayout() {
		HttpResponse<String> response = site.get("/routine?" + "e=banded-as&".repeat(25));
		assertThat(response.statusCode()).isEqualTo(400);
		Document page = LiveSite.parse(response);
		assertThat(page.select("h1").text()).isEqualTo("That request did not work");
		assertThat(page.select("main").text()).contains("at most 24 choices");
		assertDisclaimer(page, "too many choices");
	}

	@Test
	void noPageSetsACookie() {
		assertThat(pages).allSatisfy(path -> assertThat(site.get(path).headers().map()).as(path)
			.doesNotContainKey("set-cookie"));
	}

	private void assertNotFoundPage(String path) {
		HttpResponse<String> response = site.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(404);
		Document page = LiveSite.parse(response);
		assertThat(page.select("h1").text()).isEqualTo("Page not found");
		assertThat(page.title()).isEqualTo("Page not found – " + SITE_NAME);
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.select("main a[href=/]")).as("a way back").isNotEmpty();
		assertThat(response.body()).doesNotContain("Exception", "Whitelabel");
		assertDisclaimer(page, path);
	}

	/** The disclaimer in the page's language: educational only, not medical advice, no doctor of yours, ask one. */
	static void assertDisclaimer(Document page, String where) {
		String disclaimer = page.select("footer .disclaimer").text();
		if (page.select("html").attr("lang").equals("es")) {
			assertThat(disclaimer).as(where)
				.contains("Solo con fines educativos", "No es consejo médico", "ni crea una relación de médico y paciente",
						"Habla con tu médico");
		}
		else {
			assertThat(disclaimer).as(where)
				.contains("Educational only", "not medical advice", "does not make anyone your doctor", "doctor");
		}
	}

}
