package org.postpartumback.pagestore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.postpartumback.FilterOrder;
import org.postpartumback.errors.ErrorPages;
import org.postpartumback.language.Addresses;
import org.postpartumback.language.Language;
import org.postpartumback.language.Languages;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How pages are served fast: the kept pages ({@link PageStore}), Tomcat's front valve ({@link FrontValve}) and its
 * connector.
 */
@Configuration(proxyBeanMethods = false)
class PageStoreConfiguration {

	/** Every feature's declaration, in every language. */
	@Bean
	KeptPages keptPages(List<KeptAddresses> features, Languages languages, Addresses addresses) {
		Map<String, Set<String>> readsQuery = new HashMap<>();
		List<String> kept = new ArrayList<>();
		for (Language language : languages.all()) {
			for (KeptAddresses feature : features) {
				feature.readsQuery()
					.forEach((path, parameters) -> readsQuery.put(addresses.localize(path, language), parameters));
				feature.kept().stream().map(address -> addresses.localize(address, language)).forEach(kept::add);
			}
		}
		return new KeptPages(readsQuery, kept);
	}

	@Bean
	PageStore pageStore(KeptPages keptPages) {
		return new PageStore(keptPages);
	}

	@Bean
	FilterRegistrationBean<PageStore> pageStoreFilter(PageStore pageStore) {
		FilterRegistrationBean<PageStore> registration = new FilterRegistrationBean<>(pageStore);
		registration.setOrder(FilterOrder.PAGE_STORE);
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
		return (factory) -> {
			factory.setProtocol("org.apache.coyote.http11.Http11Nio2Protocol");
			// the socket's write buffer holds a whole kept answer (the full printout is about 10 KB gzipped), so it
			// goes out in one write, as nginx sends it
			factory.addConnectorCustomizers(connector -> connector.setProperty("socket.appWriteBufSize",
					String.valueOf(KeptPage.ONE_WRITE)));
		};
	}

}
