package org.postpartumback;

import org.springframework.core.Ordered;

/**
 * The order of the site's servlet filters, in one place, outermost first. Spring Boot's own filters (character
 * encoding, forwarded headers) sit at the very top; the rest run in the order below.
 */
public final class FilterOrder {

	/** Every answer, error pages included, carries the security headers, so they are set before anything else. */
	public static final int SECURITY_HEADERS = Ordered.HIGHEST_PRECEDENCE;

	/** A kept page is answered from memory before any other work; it still gets the headers above. */
	public static final int PAGE_STORE = Ordered.HIGHEST_PRECEDENCE + 100;

	/**
	 * A Spanish address is read as its English one; after the page store (which keeps each language's address as
	 * asked), before everything that reads the address.
	 */
	public static final int LANGUAGE = Ordered.HIGHEST_PRECEDENCE + 110;

	/** A direct request for {@code /error} (or {@code /es/error}, read as it) is not found: after the language filter. */
	public static final int ERROR_PAGES = Ordered.LOWEST_PRECEDENCE - 10;

	/** Static files' hashed addresses in the links a page writes: innermost, next to the templates. */
	public static final int STATIC_URLS = Ordered.LOWEST_PRECEDENCE;

	private FilterOrder() {
	}

}
