package org.postpartumback.pagestore;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Keeps the site's pages as soon as the app is ready instead of on their first visit: one request at a time to the
 * app itself, in the background, for every kept address that has no query string (the pages of the site map, in every
 * language). Without it the first visitors after a start wait while the pages render on a cold JVM, all at once.
 * Going through the server rather than round it keeps exactly the answer a visitor would have caused. Set
 * {@code site.pages.warm-up=false} to keep pages only on their first request.
 */
@Component
class PageStoreWarmUp {

	private static final Log logger = LogFactory.getLog(PageStoreWarmUp.class);

	private final KeptPages keptPages;

	private final Environment environment;

	PageStoreWarmUp(KeptPages keptPages, Environment environment) {
		this.keptPages = keptPages;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUpOnceReady() {
		// read when the app runs, not when Spring AOT processes the build
		Integer port = environment.getProperty("local.server.port", Integer.class);
		if (port == null || port <= 0 || !environment.getProperty("site.pages.warm-up", Boolean.class, true)) {
			return;
		}
		List<String> pages = keptPages.withoutQuery();
		String origin = "http://" + host() + ":" + port;
		Thread thread = new Thread(() -> warmUp(origin, pages), "page-store-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	private void warmUp(String origin, List<String> pages) {
		long start = System.nanoTime();
		for (String page : pages) {
			try {
				// HEAD: the store renders it as the GET and keeps it; nothing to read back
				HttpURLConnection connection = (HttpURLConnection) URI.create(origin + page).toURL().openConnection();
				connection.setRequestMethod("HEAD");
				connection.setRequestProperty("Accept-Encoding", "gzip");
				connection.getResponseCode();
			}
			catch (IOException ex) {
				logger.warn("The kept pages could not be built at start-up (" + ex.getMessage()
						+ "); each is kept on its first request instead");
				return;
			}
		}
		logger.info("Kept " + pages.size() + " pages in " + (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	/** Where the server listens: its configured address, or this machine's loopback when it listens on every one. */
	private String host() {
		InetAddress address = InetAddress.getLoopbackAddress();
		String configured = environment.getProperty("server.address");
		if (configured != null && !configured.isBlank()) {
			try {
				InetAddress bound = InetAddress.getByName(configured);
				address = bound.isAnyLocalAddress() ? address : bound;
			}
			catch (IOException ex) {
				// the server could not have started on an address that does not resolve: the loopback is as good a guess
			}
		}
		String host = address.getHostAddress();
		return host.contains(":") ? "[" + host + "]" : host;
	}

}
