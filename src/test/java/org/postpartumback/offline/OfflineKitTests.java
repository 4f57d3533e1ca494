package org.postpartumback.offline;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.postpartumback.LiveSite;
import org.postpartumback.layout.SiteMap;
import org.postpartumback.share.AppIcons;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The manifest, its icons, the service worker's script and the offline page, as the running app serves them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfflineKitTests {

	private final LiveSite site;

	private final List<String> pages;

	OfflineKitTests(@LocalServerPort int port, SiteMap siteMap) {
		this.site = new LiveSite(port);
		this.pages = siteMap.paths();
	}

	@Test
	void theManifestMakesTheGuideAStandaloneAppWithItsIconsAtTheRightSizes() throws IOException {
		HttpResponse<String> response = this.site.get("/manifest.webmanifest");
		JsonNode manifest = JsonMapper.shared().readTree(response.body());

		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/manifest+json");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(manifest.get("name").asString()).isEqualTo("Postpartum Back Guide");
		assertThat(manifest.get("short_name").asString()).hasSizeLessThanOrEqualTo(12);
		assertThat(manifest.get("display").asString()).isEqualTo("standalone");
		assertThat(manifest.get("start_url").asString()).isEqualTo("/");
		assertThat(manifest.get("scope").asString()).isEqualTo("/");
		assertThat(manifest.get("id").asString()).isEqualTo("/");
		assertThat(manifest.get("theme_color").asString()).isEqualTo(AppIcons.BACKGROUND);
		assertThat(manifest.get("icons").values()).extracting(icon -> icon.get("sizes").asString() + " "
				+ icon.get("purpose").asString())
			.containsExactly("192x192 any", "512x512 any", "512x512 maskable");
		for (JsonNode icon : manifest.get("icons").values()) {
			HttpResponse<byte[]> png = this.site
				.sendForBytes(this.site.request(icon.get("src").asString()).GET().build());
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
			int size = Integer.parseInt(icon.get("sizes").asString().split("x")[0]);
			assertThat(png.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
			assertThat(image.getWidth()).isEqualTo(size);
			assertThat(image.getHeight()).isEqualTo(size);
			boolean maskable = "maskable".equals(icon.get("purpose").asString());
			assertThat(image.getRGB(0, 0) >>> 24).as("corner opaque only when maskable").isEqualTo(maskable ? 255 : 0);
			assertThat(image.getRGB(size / 5, size / 2) & 0xffffff).as("the background green")
				.isEqualTo(Integer.parseInt(AppIcons.BACKGROUND.substring(1), 16));
		}
	}

	@Test
	void theIconsAreDrawnFromTheFaviconsShapesAndTheFaviconIsInlinedInEveryPage() throws IOException {
		String svg = new ClassPathResource("static/favicon.svg").getContentAsString(StandardCharsets.UTF_8);
		assertThat(svg).contains("viewBox=\"0 0 " + AppIcons.VIEW_BOX + " " + AppIcons.VIEW_BOX + "\"")
			.contains("fill=\"" + AppIcons.BACKGROUND + "\"")
			.contains("d=\"M32 12c-6 8-6 14 0 20s6 12 0 20\"")
			.contains("stroke=\"" + AppIcons.SPINE + "\" stroke-width=\"6\"")
			.contains("<circle cx=\"32\" cy=\"12\" r=\"4\" fill=\"" + AppIcons.HEAD + "\"/>");

		Document home = LiveSite.parse(this.site.get("/"));
		String icon = home.select("link[rel=icon]").attr("href");
		assertThat(icon).startsWith("data:image/svg+xml,");
		assertThat(URLDecoder.decode(icon.substring(icon.indexOf(',') + 1), StandardCharsets.UTF_8))
			.isEqualTo(svg.strip());
		assertThat(home.select("link[rel=manifest]").attr("href")).isEqualTo("/manifest.webmanifest");
		assertThat(home.select("meta[name=theme-color]").eachAttr("media")).containsExactly(
				"(prefers-color-scheme: light)", "(prefers-color-scheme: dark)");
		assertThat(home.select("[data-offline-note][hidden]")).hasSize(1);
	}

	@Test
	void theWorkerIsServedUncachedWithItsVersionAsEtagAndKeepsEveryPageAndTheFilesTheyLink() {
		HttpResponse<String> response = this.site.get("/sw.js");
		String etag = response.headers().firstValue("ETag").orElseThrow();
		Document home = LiveSite.parse(this.site.get("/"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/javascript;charset=UTF-8");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				csp -> assertThat(csp).contains("worker-src 'self'"));
		assertThat(response.body()).contains("\"version\":\"" + etag.replace("\"", "") + "\"")
			.contains(this.pages.stream().map(path -> "\"" + path + "\"").toList())
			.contains("\"/offline\"", "\"/manifest.webmanifest\"")
			.contains(home.select("link[rel=stylesheet]").attr("href"), home.select("script[src]").attr("src"));
		assertThat(this.site.send(this.site.request("/sw.js").header("If-None-Match", etag).GET().build())
			.statusCode()).isEqualTo(304);
	}

	@Test
	void theOfflinePageLinksToEveryKeptPageAndIsNotIndexed() {
		HttpResponse<String> response = this.site.get("/offline");
		Document page = LiveSite.parse(response);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(page.select("main a").eachAttr("href")).containsAll(this.pages);
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.select(".disclaimer").text()).isNotEmpty();
	}

}
