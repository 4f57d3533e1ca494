package org.postpartumback.headers;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.postpartumback.FilterOrder;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the {@link SecurityHeaders} on every response the application writes. It is the outermost filter, so the
 * headers also sit on anything an inner filter answers or replays from a cache; they are set before the chain runs and
 * the body passes through untouched (no wrapping, no buffering). Error dispatches run it again, so an error page
 * carries the headers even if the response was reset on the way.
 * <p>
 * The one exception is H2's web console, and only when a developer has turned it on for local use
 * ({@code spring.h2.console.enabled=true}): its pages rely on inline scripts and frames.
 */
@Component
@Order(FilterOrder.SECURITY_HEADERS)
class SecurityHeadersFilter extends OncePerRequestFilter {

	private final String h2ConsolePath;

	SecurityHeadersFilter(Environment environment) {
		boolean console = environment.getProperty("spring.h2.console.enabled", Boolean.class, false);
		this.h2ConsolePath = console ? environment.getProperty("spring.h2.console.path", "/h2-console") : null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityHeaders.apply(response, request.isSecure());
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return h2ConsolePath != null && (path.equals(h2ConsolePath) || path.startsWith(h2ConsolePath + "/"));
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

}
