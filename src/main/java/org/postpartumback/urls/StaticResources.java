package org.postpartumback.urls;

import java.time.Duration;
import java.util.Map;

import org.postpartumback.FilterOrder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files at content-hashed URLs that browsers keep for a year, precompressed.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	/**
	 * Static files under {@code static/}, at URLs carrying a hash of their content ({@code /css/site-<md5>.css}), so a
	 * changed file gets a new URL and browsers may keep each version for good. The gzip copies made at build time
	 * ({@code site.css.gz}) are sent to browsers that accept gzip. Only the folders that hold them are mapped: every
	 * link a page renders is looked up in the mapped locations, and a page's own links (not files) would be searched
	 * for in the jar on every render.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		Map.of("/css/**", "classpath:/static/css/", "/js/**", "classpath:/static/js/", "/*.svg", "classpath:/static/")
			.forEach((pattern, location) -> registry.addResourceHandler(pattern)
				.addResourceLocations(location)
				.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.resourceChain(true)
				.addResolver(new EncodedResourceResolver())
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**")));
	}

	/** Rewrites links to static files ({@code @{/css/site.css}} in templates) to their content-hashed URLs. */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setOrder(FilterOrder.STATIC_URLS);
		return registration;
	}

}
