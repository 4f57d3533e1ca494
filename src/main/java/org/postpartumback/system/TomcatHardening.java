package org.postpartumback.system;

import java.io.IOException;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers some requests itself, before they reach the application and its filters: a malformed or
 * encoded-slash URL, a null byte or a raw {@code <} in the path, oversized or too many headers, a bad Host header.
 * Its answer is a bare 400 page (Spring Boot already leaves out the report and the server version because
 * {@code spring.web.error.include-stacktrace=never}); this valve gives it the {@link SecurityHeaders}. Every other
 * request gets them from {@link SecurityHeadersFilter}. The valve sits in the engine after Spring Boot's forwarded-header
 * valve ({@code server.forward-headers-strategy=native}), so {@code isSecure()} reflects the proxy.
 */
@Component
class TomcatHardening implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addEngineValves(new SecurityHeadersValve());
	}

	static final class SecurityHeadersValve extends ValveBase {

		SecurityHeadersValve() {
			super(true);
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			if (request.getContext() == null) {
				// Rejected while parsing or mapping: no filter will see this request.
				SecurityHeaders.apply(response, request.isSecure());
			}
			getNext().invoke(request, response);
		}

	}

}
