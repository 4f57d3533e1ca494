package org.postpartumback.urls;

import java.net.InetAddress;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * One clear line once the guide serves requests: where this instance listens and the public address its links use.
 */
@Component
class ReadyLog implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger logger = LoggerFactory.getLogger(ReadyLog.class);

	private final ServerProperties server;

	private final PublicUrls urls;

	private final MessageSource messages;

	ReadyLog(ServerProperties server, PublicUrls urls, MessageSource messages) {
		this.server = server;
		this.urls = urls;
		this.messages = messages;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext context
				&& context.getWebServer() != null) {
			logger.info(message(context.getWebServer().getPort()));
		}
	}

	private String message(int port) {
		String siteName = messages.getMessage("site.name", null, Locale.ENGLISH);
		return siteName + " is ready at " + localUrl(port) + " (public base URL: " + urls.base() + ")";
	}

	private String localUrl(int port) {
		String scheme = Ssl.isEnabled(server.getSsl()) ? "https" : "http";
		InetAddress address = server.getAddress();
		String host = (address == null || address.isAnyLocalAddress()) ? "localhost" : address.getHostAddress();
		if (host.contains(":")) {
			host = "[" + host + "]";
		}
		String contextPath = StringUtils.hasLength(server.getServlet().getContextPath())
				? server.getServlet().getContextPath() : "";
		return scheme + "://" + host + ":" + port + contextPath;
	}

}
