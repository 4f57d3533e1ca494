package org.postpartumback.layout;

import org.postpartumback.language.Language;
import org.postpartumback.language.Languages;
import org.postpartumback.urls.PublicUrls;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The sitemap and robots.txt, with absolute URLs from the configured public address. */
@RestController
class SiteMapController {

	private final String sitemap;

	private final String robots;

	SiteMapController(SiteMap siteMap, PublicUrls urls, Languages languages) {
		// each page in each language, with its twins in every language (hreflang), so that search engines show
		// readers the page in their own language
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
			.append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
		for (Language language : languages.all()) {
			for (String path : siteMap.paths()) {
				xml.append("  <url>\n    <loc>").append(HtmlUtils.htmlEscape(urls.absolute(path, language))).append("</loc>\n");
				for (Language twin : languages.all()) {
					alternate(xml, twin.code(), urls.absolute(path, twin));
				}
				alternate(xml, "x-default", urls.absolute(path, languages.original()));
				xml.append("  </url>\n");
			}
		}
		this.sitemap = xml.append("</urlset>\n").toString();
		this.robots = "User-agent: *\nAllow: /\nSitemap: " + urls.absolute("/sitemap.xml") + "\n";
	}

	private static void alternate(StringBuilder xml, String hreflang, String url) {
		xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"")
			.append(hreflang)
			.append("\" href=\"")
			.append(HtmlUtils.htmlEscape(url))
			.append("\"/>\n");
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
