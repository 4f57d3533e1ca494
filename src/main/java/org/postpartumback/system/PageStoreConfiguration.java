package org.postpartumback.system;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The kept pages ({@link PageStore}) and Tomcat's front valve ({@link FrontValve}). */
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

}
