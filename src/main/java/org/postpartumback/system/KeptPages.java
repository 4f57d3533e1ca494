package org.postpartumback.system;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The addresses whose answers are kept in memory after their first request, declared by the site (not guessed from
 * what a page happened to read). An address is a path, or a path and query string on a route that reads its query
 * string. Any other query string on a path is ignored for the lookup, so the tracking parameters that messengers add
 * to a shared link ({@code ?fbclid=...}, {@code ?utm_source=...}) are served the kept page; on a route that reads its
 * query string only the parameters it reads count, in the order given. The set is finite, so the memory it can take
 * is bounded by the declaration itself.
 */
public final class KeptPages {

	private final Set<String> addresses;

	private final Map<String, Set<String>> queryRoutes;

	private KeptPages(Set<String> addresses, Map<String, Set<String>> queryRoutes) {
		this.addresses = Set.copyOf(addresses);
		this.queryRoutes = Map.copyOf(queryRoutes);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The address an answer to this request path and raw query string is kept under, or {@code null}: not kept. */
	String keyOf(String path, String query) {
		Set<String> read = queryRoutes.get(path);
		String key = path;
		if (read != null && query != null) {
			StringBuilder kept = new StringBuilder();
			for (String pair : query.split("&")) {
				String name = pair.split("=", 2)[0];
				if (name.indexOf('%') >= 0 || name.indexOf('+') >= 0) {
					return null; // an encoded name might decode to a parameter the route reads
				}
				if (read.contains(name)) {
					kept.append(kept.isEmpty() ? '?' : '&').append(pair);
				}
			}
			key = path + kept;
		}
		return addresses.contains(key) ? key : null;
	}

	/** Whether the page at {@code path} is declared to read its query string. */
	boolean readsQuery(String path) {
		return queryRoutes.containsKey(path);
	}

	public static final class Builder {

		private final Set<String> addresses = new HashSet<>();

		private final Map<String, Set<String>> queryRoutes = new HashMap<>();

		private Builder() {
		}

		/** Declares that the page at {@code path} reads these query parameters (and no others). */
		public Builder readsQuery(String path, String... parameters) {
			queryRoutes.put(path, Set.of(parameters));
			return this;
		}

		/** Keeps the answer at each address: a path, or a path and query string on a route that reads it. */
		public Builder keep(Collection<String> addresses) {
			return keep(addresses.stream());
		}

		public Builder keep(Stream<String> addresses) {
			addresses.forEach(this.addresses::add);
			return this;
		}

		public KeptPages build() {
			List<String> unreachable = addresses.stream()
				.filter(address -> address.contains("?")
						&& !queryRoutes.containsKey(address.substring(0, address.indexOf('?'))))
				.toList();
			if (!unreachable.isEmpty()) {
				throw new IllegalStateException("Kept addresses with a query string on a route not declared to read "
						+ "it: " + unreachable);
			}
			return new KeptPages(addresses, queryRoutes);
		}

	}

}
