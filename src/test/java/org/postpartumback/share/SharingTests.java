package org.postpartumback.share;

import org.postpartumback.language.Localized;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.postpartumback.LiveSite;
import org.postpartumback.RawHttp;
import org.postpartumback.exercise.ExerciseView;
import org.postpartumback.exercise.Exercises;
import org.postpartumback.layout.SiteMap;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What a friend's messenger sees of a shared link, on the running app with the real content. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SharingTests {

	private static final String BASE = "http://localhost:8080";

	private final int port;

	private final LiveSite site;

	private final List<ExerciseView> exercises;

	private final List<String> pages;

	SharingTests(@LocalServerPort int port, Localized<Exercises> exercises, SiteMap siteMap) {
		this.port = port;
		this.site = new LiveSite(port);
		this.exercises = exercises.original().all();
		this.pages = siteMap.paths();
	}

	@Test
	void everyExercisePageHasCanonicalAndOpenGraphTagsWithAbsoluteUrlsFromTheBaseUrl() {
		assertThat(exercises).hasSize(5).allSatisfy(exercise -> {
			Document page = LiveSite.parse(site.get(exercise.path()));
			String url = BASE + exercise.path();
			assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(url);
			assertThat(meta(page, "og:url")).isEqualTo(url);
			assertThat(meta(page, "og:title")).isEqualTo(exercise.name());
			assertThat(meta(page, "og:description")).isEqualTo(exercise.summary());
			assertThat(meta(page, "og:type")).isEqualTo("article");
			assertThat(meta(page, "og:site_name")).isEqualTo("Postpartum Back Guide");
			assertThat(meta(page, "og:image")).startsWith(BASE + "/previews/" + exercise.slug() + "-").endsWith(".png");
			assertThat(meta(page, "og:image:width")).isEqualTo("1200");
			assertThat(meta(page, "og:image:height")).isEqualTo("630");
			assertThat(meta(page, "og:image:alt")).contains(exercise.name());
			assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
		});
	}

	@Test
	void everyPageHasItsOwnTitleDescriptionAndUrlForLinkPreviews() {
		assertThat(pages).allSatisfy(path -> {
			Document page = LiveSite.parse(site.get(path));
			assertThat(meta(page, "og:url")).as(path).isEqualTo(BASE + path);
			assertThat(meta(page, "og:title")).as(path).isNotBlank();
			assertThat(page.title()).as(path).startsWith(meta(page, "og:title"));
			assertThat(meta(page, "og:description")).as(path)
				.isEqualTo(page.select("meta[name=description]").attr("content"));
			assertThat(meta(page, "og:image")).as(path).startsWith(BASE + "/previews/");
		});
		assertThat(pages.stream().map(path -> meta(LiveSite.parse(site.get(path)), "og:description")).distinct())
			.as("descriptions are per page").hasSizeGreaterThanOrEqualTo(pages.size() - exercises.size());
	}

	/**
	 * Sent over a raw socket: Java's HTTP client will not send a Host header of the caller's unless a system property
	 * allows it, which only Surefire set, so the test failed under any other runner (PIT's among them).
	 */
	@Test
	void aForgedHostHeaderChangesNoUrlOnThePage() {
		List<String[]> forgeries = List.of(new String[] { "Host: evil.example" },
				new String[] { "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https" },
				new String[] { "Forwarded: host=evil.example;proto=https" });
		for (String path : List.of("/exercises/banded-as", "/routine?e=double-chins", "/routine/print")) {
			String requestLine = "GET " + path + " HTTP/1.1";
			String honest = RawHttp.send(port, requestLine).body();
			assertThat(honest).as(path).contains("<html");
			for (String[] forgery : forgeries) {
				RawHttp.Response forged = RawHttp.send(port, requestLine, forgery);
				assertThat(forged.status()).as(path).isEqualTo(200);
				assertThat(forged.body()).as(path).doesNotContain("evil.example").isEqualTo(honest);
			}
		}
	}

	@Test
	void everyPreviewImageIsA1200By630PngUnder300KilobytesCachedForAYear() throws IOException {
		for (String path : pages) {
			String imageUrl = meta(LiveSite.parse(site.get(path)), "og:image");
			HttpResponse<byte[]> response = image(imageUrl.substring(BASE.length()));
			assertThat(response.statusCode()).as(imageUrl).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(imageUrl).hasValue("image/png");
			assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).as(imageUrl)
				.contains("max-age=31536000", "immutable");
			assertThat(response.body().length).as(imageUrl).isLessThan(300 * 1024);
			BufferedImage png = ImageIO.read(new ByteArrayInputStream(response.body()));
			assertThat(png).as(imageUrl).isNotNull();
			assertThat(Map.of("width", png.getWidth(), "height", png.getHeight())).as(imageUrl)
				.containsEntry("width", 1200)
				.containsEntry("height", 630);
		}
	}

	@Test
	void aStaleOrUnknownPreviewImageIsNotFound() {
		assertThat(image("/previews/banded-as-0000000000.png").statusCode()).isEqualTo(404);
		assertThat(image("/previews/nothing.png").statusCode()).isEqualTo(404);
	}

	@Test
	void theFeedingBreakPresetHoldsTheWallAndSeatedExercises() {
		Document page = LiveSite.parse(site.get("/routine"));
		assertThat(page.select(".cards h3 a").eachAttr("href")).containsExactly(
				"/routine?r=heat&r=gentle-movement&e=banded-as&e=double-chins&e=thread-the-needle&e=thoracic-roll-out&e=couch-stretch",
				"/routine?e=double-chins&e=couch-stretch");
	}

	private HttpResponse<byte[]> image(String path) {
		return site.sendForBytes(site.request(path).GET().build());
	}

	private static String meta(Document page, String property) {
		return page.select("meta[property=" + property + "]").attr("content");
	}

}
