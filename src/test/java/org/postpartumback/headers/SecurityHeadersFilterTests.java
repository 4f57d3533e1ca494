package org.postpartumback.headers;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter on its own: what it sets when, and that it leaves the request and body alone. */
class SecurityHeadersFilterTests {

	private final SecurityHeadersFilter filter = new SecurityHeadersFilter(new MockEnvironment());

	@Test
	void httpsRequestAlsoGetsStrictTransportSecurity() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/about");
		request.setSecure(true);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
		assertThat(response.getHeader("Content-Security-Policy")).startsWith("default-src 'self'");
	}

	@Test
	void plainHttpRequestGetsNoStrictTransportSecurity() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", "/about"), response, new MockFilterChain());
		assertThat(response.getHeaderNames()).contains("Content-Security-Policy")
			.doesNotContain("Strict-Transport-Security");
	}

	@Test
	void theHeadersComeInOneFixedOrderSoEveryStartSendsTheSameBytes() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", "/about"), response, new MockFilterChain());
		assertThat(response.getHeaderNames()).containsExactly("Content-Security-Policy", "X-Content-Type-Options",
				"X-Frame-Options", "Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy",
				"Cross-Origin-Resource-Policy");
	}

	@Test
	void headersAreSetBeforeTheChainRunsOnTheUnwrappedResponse() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/about");
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain(new HttpServlet() {
			@Override
			protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
				assertThat(res.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
				res.getWriter().write("body");
				res.flushBuffer();
			}
		});
		filter.doFilter(request, response, chain);
		assertThat(chain.getRequest()).isSameAs(request);
		assertThat(chain.getResponse()).isSameAs(response);
		assertThat(response.isCommitted()).isTrue();
		assertThat(response.getContentAsString()).isEqualTo("body");
	}

	@Test
	void errorDispatchSetsTheHeadersAgain() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setDispatcherType(DispatcherType.ERROR);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		assertThat(response.getHeader("Content-Security-Policy")).startsWith("default-src 'self'");
		assertThat(response.getHeader("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
	}

	@Test
	void h2ConsoleIsLeftAloneOnlyWhenADeveloperTurnedItOn() throws Exception {
		assertThat(contentSecurityPolicyOn(filter, "/h2-console/login.jsp")).isNotNull();

		SecurityHeadersFilter withConsole = new SecurityHeadersFilter(
				new MockEnvironment().withProperty("spring.h2.console.enabled", "true"));
		assertThat(contentSecurityPolicyOn(withConsole, "/h2-console/login.jsp")).isNull();
		assertThat(contentSecurityPolicyOn(withConsole, "/h2-console")).isNull();
		assertThat(contentSecurityPolicyOn(withConsole, "/h2-consolex")).isNotNull();
		assertThat(contentSecurityPolicyOn(withConsole, "/about")).isNotNull();
	}

	private static String contentSecurityPolicyOn(SecurityHeadersFilter filter, String path) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", path), response, new MockFilterChain());
		return response.getHeader("Content-Security-Policy");
	}

}
