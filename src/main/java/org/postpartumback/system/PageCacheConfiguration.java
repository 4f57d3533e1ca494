package org.postpartumback.system;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Rendered pages served from memory; see {@link PageCacheFilter} and {@link PageCacheValve}. */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	@Bean
	PageCache pageCache(PageCacheProperties properties) {
		return new PageCache(properties.maxSize());
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache pageCache, Environment environment) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(pageCache, H2ConsolePath.of(environment)));
		registration.setOrder(PageCacheFilter.ORDER);
		return registration;
	}

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> pageCacheValve(PageCache pageCache) {
		return (factory) -> factory.addEngineValves(new PageCacheValve(pageCache));
	}

}
