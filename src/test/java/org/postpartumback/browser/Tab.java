package org.postpartumback.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.ServiceWorkerPolicy;

/**
 * One browser context with one page on the app's origin, recording everything a page of the guide must never do:
 * console errors, uncaught script errors, Content-Security-Policy violations and requests to any other origin (which
 * are also blocked, so nothing leaves the machine). Contexts are cheap; a test opens one per look it needs (device,
 * colour scheme, JavaScript on or off, permissions) and may visit many pages in it, since the guide keeps no state
 * in the browser.
 */
final class Tab implements AutoCloseable {

	/**
	 * Reports every {@code securitypolicyviolation} event. Added through the browser's own API, it runs in every
	 * document before the page's scripts and is not subject to the page's Content-Security-Policy.
	 */
	private static final String CSP_LISTENER = """
			document.addEventListener('securitypolicyviolation', (event) => window.reportCspViolation(
			    event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline code')
			    + ' in ' + event.sourceFile + ':' + event.lineNumber), true);
			""";

	/** Pages here load in milliseconds; a wait this long means something is wrong, and the test should say so. */
	private static final double TIMEOUT_MS = 10_000;

	private final String origin;

	private final BrowserContext context;

	private final Page page;

	private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

	private Tab(String origin, Browser.NewContextOptions options) {
		this.origin = origin;
		this.context = Chromium.browser().newContext(options);
		this.context.setDefaultTimeout(TIMEOUT_MS);
		this.context.onRequest(request -> {
			if (isElsewhere(request.url())) {
				this.problems.add("request to another origin: " + request.url());
			}
		});
		this.context.route(this::isElsewhere, Route::abort);
		this.context.exposeBinding("reportCspViolation", (source, args) -> {
			this.problems.add("Content-Security-Policy violation on " + source.page().url() + ": " + args[0]);
			return null;
		});
		this.context.addInitScript(CSP_LISTENER);
		this.page = this.context.newPage();
		this.page.onConsoleMessage(message -> {
			if ("error".equals(message.type()) && !isAboutTheDocumentsOwnStatus(message)) {
				this.problems.add("console error on " + this.page.url() + ": " + message.text());
			}
		});
		this.page.onPageError(error -> this.problems.add("script error on " + this.page.url() + ": " + error));
	}

	/** For the offline tests: the context registers the guide's service worker, as a person's browser does. */
	static final Consumer<Browser.NewContextOptions> WITH_OFFLINE = options -> options
		.setServiceWorkers(ServiceWorkerPolicy.ALLOW);

	/** A tab on the given device, with its default light colour scheme and JavaScript on (and no service worker). */
	static Tab open(String origin, Device device) {
		return open(origin, device, options -> {
		});
	}

	/**
	 * A tab on the given device, with the context options changed, e.g. a dark colour scheme or no JavaScript.
	 * <p>
	 * The service worker is off unless a test turns it on ({@link #WITH_OFFLINE}): in a fresh context every page
	 * would install it and fetch the whole guide behind the test's back, which the offline tests check once.
	 */
	static Tab open(String origin, Device device, Consumer<Browser.NewContextOptions> changes) {
		Browser.NewContextOptions options = device.contextOptions().setServiceWorkers(ServiceWorkerPolicy.BLOCK);
		changes.accept(options);
		return new Tab(origin, options);
	}

	Page page() {
		return this.page;
	}

	BrowserContext context() {
		return this.context;
	}

	String url(String path) {
		return this.origin + path;
	}

	/** Opens a page of the app as a person typing its address would, and waits for it to load. */
	Response visit(String path) {
		return Objects.requireNonNull(this.page.navigate(url(path)), () -> "no response for " + path);
	}

	/** The path of the page shown now. */
	String path() {
		return URI.create(this.page.url()).getRawPath();
	}

	/** Everything recorded so far that a page must never do; empty when all is well. */
	List<String> problems() {
		synchronized (this.problems) {
			return List.copyOf(this.problems);
		}
	}

	/**
	 * Chromium logs an error for a document served with an error status, such as the not-found page. Tests check
	 * that status on the response they get from {@link #visit}; only failures of other resources are problems.
	 */
	private boolean isAboutTheDocumentsOwnStatus(ConsoleMessage message) {
		return message.text().startsWith("Failed to load resource: the server responded with a status of ")
				&& message.location().startsWith(this.page.url() + ":");
	}

	/** True for a network address outside the app (data:, blob: and about: URLs never leave the browser). */
	private boolean isElsewhere(String url) {
		if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")) {
			return false;
		}
		return !url.equals(this.origin) && !url.startsWith(this.origin + "/");
	}

	@Override
	public void close() {
		this.context.close();
	}

}
