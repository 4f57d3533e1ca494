package org.postpartumback.language;

import jakarta.servlet.DispatcherType;

import org.postpartumback.FilterOrder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/** The language of a request, from its address. */
@Configuration(proxyBeanMethods = false)
class LanguageWebConfiguration {

	/**
	 * Right after the page store, which keeps each language's answer under its own address; before the rest, which
	 * see the original language's address.
	 */
	@Bean
	FilterRegistrationBean<LanguageFilter> languageFilter(Addresses addresses) {
		FilterRegistrationBean<LanguageFilter> registration = new FilterRegistrationBean<>(new LanguageFilter(addresses));
		registration.setOrder(FilterOrder.LANGUAGE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver(Languages languages) {
		return new LanguageLocaleResolver(languages);
	}

}
