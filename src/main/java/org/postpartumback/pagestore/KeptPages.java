package org.postpartumback.pagestore;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The addresses whose answers are kept in memory after their first request, declared by the site (not guessed from
 * what a page happened to read): a path, or a path and query string on a route declared to read it. On other paths
 * the query string is ignored for the lookup, so the tracking parameters messengers add to a shared link
 * ({@code ?fbclid=...}, {@code ?utm_source=...}) get the kept page; on a route that reads its query string only the
 * parameters it reads count, in the order given. The set is finite, so it bounds the memory the store can take.
 */
public final class KeptPages {

	private final Map<String, Set<String>> queryRoutes;

	private final Set<String> addresses;

	/**
	 * @param queryRoutes the paths whose pages read their query string, each with the parameters it reads
	 * @param addresses the addresses kept: paths, or paths and query strings on the routes above
	 */
	public KeptPages(Map<String, Set<String>> queryRoutes, Collection<String> addresses) {
		this.queryRoutes = Map.copyOf(queryRoutes);
		this.addresses = Set.copyOf(addresses);
		for (String address : this.addresses) {
			int query = address.indexOf('?');
			if (query >= 0 && !readsQuery(address.substring(0, query))) {
				throw new IllegalArgumentException(address + ": its route is not declared to read its query string");
			}
		}
	}

	/** The kept addresses that have no query string, the site's pages in every language, in order. */
	List<String> withoutQuery() {
		return addresses.stream().filter(address -> address.indexOf('?') < 0).sorted().toList();
	}

	/** Whether the page at {@code path} is declared to read its query string. */
	boolean readsQuery(String path) {
		return queryRoutes.containsKey(path);
	}

	/** The address an answer to this request path and raw query string is kept under, or {@code null}: not kept. */
	String keyOf(String path, String query) {
		Set<String> read = queryRoutes.get(path);
		if (read == null || query == null) {
			return addresses.contains(path) ? path : null;
		}
		String exact = path + '?' + query;
		if (addresses.contains(exact)) {
			return exact; // a canonical link as the site writes it: nothing to take apart
		}
		StringBuilder key = new StringBuilder(path);
		for (String pair : query.split("&")) {
			String name = pair.split("=", 2)[0];
			if (name.indexOf('%') >= 0 || name.indexOf('+') >= 0) {
				return null; // an encoded name might decode to a parameter the route reads
			}
			if (read.contains(name)) {
				key.append((key.length() == path.length()) ? '?' : '&').append(pair);
			}
		}
		return addresses.contains(key.toString()) ? key.toString() : null;
	}

}
