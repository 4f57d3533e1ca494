package org.postpartumback.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Rendered pages served from memory; see {@link PageCacheFilter}. */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCacheProperties properties) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(new PageCache(properties.maxSize())));
		registration.setOrder(PageCacheFilter.ORDER);
		return registration;
	}

}
