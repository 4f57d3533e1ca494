package org.postpartumback.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.env.Environment;

/**
 * Where H2's web console answers, when a developer has turned it on for local use
 * ({@code spring.h2.console.enabled=true}; it is off in every build). Its pages rely on inline scripts and frames
 * and carry a session in their URLs, so they get neither the security headers nor the page cache.
 */
final class H2ConsolePath {

	private H2ConsolePath() {
	}

	/** The console's path, or {@code null} when the console is off. */
	static String of(Environment environment) {
		boolean enabled = environment.getProperty("spring.h2.console.enabled", Boolean.class, false);
		return enabled ? environment.getProperty("spring.h2.console.path", "/h2-console") : null;
	}

	/** Whether {@code request} is for the console, for a console path from {@link #of} ({@code null}: never). */
	static boolean covers(String consolePath, HttpServletRequest request) {
		if (consolePath == null) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(consolePath) || path.startsWith(consolePath + "/");
	}

}
