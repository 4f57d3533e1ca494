package org.postpartumback.system;

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

	/** Whether {@code path} (without the context path) is the console's, for a console path from {@link #of}. */
	static boolean covers(String consolePath, String path) {
		return consolePath != null && (path.equals(consolePath) || path.startsWith(consolePath + "/"));
	}

}
