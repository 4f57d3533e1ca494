package org.postpartumback.guide;

import org.postpartumback.system.PublicUrls;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The sitemap and robots.txt, with absolute URLs from the configured public address. */
@RestController
class SiteMapController {

	private final String sitemap;

	private final String robots;

	SiteMapController(SiteMap siteMap, PublicUrls urls) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		siteMap.paths()
			.forEach(path -> xml.append("  <url><loc>")
				.append(HtmlUtils.htmlEscape(urls.absolute(path)))
				.append("</loc></url>\n"));
		this.sitemap = xml.append("</urlset>\n").toString();
		this.robots = "User-agent: *\nAllow: /\nSitemap: " + urls.absolute("/sitemap.xml") + "\n";
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	String sitemap() {
		return sitemap;
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String robots() {
		return robots;
	}

}
