package org.postpartumback.urls;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public site.
 *
 * @param baseUrl the address the guide is published at; every absolute URL on a page (canonical link, link
 * previews, QR codes) is built from it, never from the request's Host header
 */
@ConfigurationProperties("site")
public record SiteProperties(@DefaultValue("http://localhost:8080") URI baseUrl) {

	public SiteProperties {
		String text = baseUrl.toString();
		String scheme = baseUrl.getScheme();
		if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || baseUrl.getHost() == null) {
			throw new IllegalArgumentException("site.base-url must be an absolute http(s) URL, not '" + text + "'");
		}
		if (text.endsWith("/")) {
			baseUrl = URI.create(text.substring(0, text.length() - 1));
		}
	}

}
