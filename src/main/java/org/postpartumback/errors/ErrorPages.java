package org.postpartumback.errors;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URI;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.postpartumback.FilterOrder;
import org.postpartumback.language.Language;
import org.postpartumback.language.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Error pages outside the usual error handling. A direct request for the error page's own path ({@code /error})
 * is not found. And requests Tomcat turns away before they reach the application (a malformed address, too many
 * parameters, an oversized header...) get the site's 400 page rather than Tomcat's bare one: a copy of it is rendered
 * once at start-up, by a request to this instance for {@code /error} that carries a secret made at start-up, and
 * {@link FrontValve} sends it.
 */
@Component
@Order(FilterOrder.ERROR_PAGES)
public class ErrorPages extends OncePerRequestFilter implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger logger = LoggerFactory.getLogger(ErrorPages.class);

	private static final String RENDER_HEADER = "X-Render-Bad-Request-Page";

	private static final int RENDER_ATTEMPTS = 3;

	private final String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));

	private final Languages languages;

	/** The 400 page of each language, by the start of that language's addresses ({@code ""}, {@code "/es"}). */
	private final Map<String, byte[]> badRequestPages = new ConcurrentHashMap<>();

	ErrorPages(Languages languages) {
		this.languages = languages;
	}

	/**
	 * The site's 400 page in the layout, in the language of the address asked for (as sent, possibly malformed), or
	 * {@code null} until it has been rendered.
	 */
	public byte[] badRequestPage(String requestUri) {
		for (Language language : languages.all()) {
			String prefix = language.prefix();
			if (!language.original() && requestUri != null
					&& (requestUri.equals(prefix) || requestUri.startsWith(prefix + "/"))) {
				byte[] page = badRequestPages.get(prefix);
				if (page != null) {
					return page;
				}
			}
		}
		return badRequestPages.get("");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!request.getRequestURI().equals(request.getContextPath() + "/error")) {
			chain.doFilter(request, response);
			return;
		}
		String render = request.getHeader(RENDER_HEADER);
		boolean renders = render != null && MessageDigest.isEqual(render.getBytes(StandardCharsets.UTF_8),
				secret.getBytes(StandardCharsets.UTF_8));
		response.sendError(renders ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_NOT_FOUND);
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		Environment environment = event.getApplicationContext().getEnvironment();
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext context)
				|| context.getWebServer() == null
				|| Ssl.isEnabled(Binder.get(environment).bind("server.ssl", Ssl.class).orElse(null))) {
			return;
		}
		for (Language language : languages.all()) {
			// A first render on a starved machine (a container's small CPU share) can outlast one timeout: try again
			String failure = "";
			for (int attempt = 0; attempt < RENDER_ATTEMPTS && failure != null; attempt++) {
				failure = render(context, environment, language.prefix());
			}
			if (failure != null) {
				logger.warn("Could not render the 400 page for requests Tomcat turns away: {}", failure);
			}
		}
	}

	/** Renders one language's 400 page: {@code null} when done, or what went wrong. */
	private String render(WebServerApplicationContext context, Environment environment, String prefix) {
		try {
			String configured = environment.getProperty("server.address");
			InetAddress address = (configured != null) ? InetAddress.getByName(configured) : null;
			String host = (address == null || address.isAnyLocalAddress())
					? InetAddress.getLoopbackAddress().getHostAddress() : address.getHostAddress();
			URI uri = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
					+ context.getWebServer().getPort() + environment.getProperty("server.servlet.context-path", "")
					+ prefix + "/error");
			HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
			connection.setConnectTimeout(10_000);
			connection.setReadTimeout(10_000);
			connection.setRequestProperty("Accept", "text/html");
			connection.setRequestProperty(RENDER_HEADER, secret);
			if (connection.getResponseCode() == HttpServletResponse.SC_BAD_REQUEST) {
				try (InputStream page = connection.getErrorStream()) {
					this.badRequestPages.put(prefix, page.readAllBytes());
					return null;
				}
			}
			return "status " + connection.getResponseCode();
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

}
