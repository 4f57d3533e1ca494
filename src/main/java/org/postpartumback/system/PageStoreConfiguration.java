package org.postpartumback.system;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * How pages are served fast: the kept pages ({@link PageStore}), Tomcat's front valve ({@link FrontValve}) and its
 * connector.
 */
@Configuration(proxyBeanMethods = false)
class PageStoreConfiguration {

	@Bean
	PageStore pageStore(KeptPages keptPages) {
		return new PageStore(keptPages);
	}

	/** After the outermost filters (forwarded headers, character encoding, security headers), before the rest. */
	@Bean
	FilterRegistrationBean<PageStore> pageStoreFilter(PageStore pageStore) {
		FilterRegistrationBean<PageStore> registration = new FilterRegistrationBean<>(pageStore);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		return registration;
	}

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> frontValve(PageStore pageStore,
			ErrorPages errorPages) {
		return (factory) -> factory.addEngineValves(new FrontValve(pageStore, errorPages));
	}

	/**
	 * Tomcat's NIO2 connector rather than its default NIO one: side by side it served kept pages faster once warmed up
	 * (docs/performance.md).
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> nio2Connector() {
		return (factory) -> factory.setProtocol("org.apache.coyote.http11.Http11Nio2Protocol");
	}

}
