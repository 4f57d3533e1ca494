package org.postpartumback.language;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The site's addresses in each language. Controllers, templates and the kept-page declaration speak the original
 * language's addresses ({@code /exercises/banded-as?e=...}); every other language's address of the same page is its
 * prefix and each segment translated ({@code /es/ejercicios/a-con-banda}), query values included, so a shared link
 * reads in its own language. Only page addresses are translated (the home page, and those whose first segment has a
 * translation); files such as {@code /css/...} or {@code /sitemap.xml} have one address.
 */
public final class Addresses {

	private final Languages languages;

	private final Map<String, Map<String, String>> toLanguage;

	private final Map<String, Map<String, String>> toOriginal;

	private final Map<String, Map<String, String>> formerToOriginal;

	/** By language, every spelling a query value may have, current or former, and its English. */
	private final Map<String, Map<String, String>> readable;

	private final Set<String> pageSegments;

	/**
	 * {@code segments}: by language, each English segment that is spelt otherwise and its spelling; a page's first
	 * segment is listed even when spelt the same. {@code former}: by language, old spellings and the English segment
	 * each now stands for.
	 */
	public Addresses(Languages languages, Map<String, Map<String, String>> segments,
			Map<String, Map<String, String>> former) {
		this.languages = languages;
		Map<String, Map<String, String>> reverse = new HashMap<>();
		Set<String> pages = new HashSet<>();
		segments.forEach((code, map) -> {
			Map<String, String> back = new HashMap<>();
			map.forEach((english, local) -> back.put(local, english));
			reverse.put(code, Map.copyOf(back));
			pages.addAll(map.keySet());
		});
		this.toLanguage = Map.copyOf(segments);
		this.toOriginal = Map.copyOf(reverse);
		this.formerToOriginal = Map.copyOf(former);
		Map<String, Map<String, String>> both = new HashMap<>();
		reverse.forEach((code, back) -> both.computeIfAbsent(code, c -> new HashMap<>()).putAll(back));
		former.forEach((code, old) -> old.forEach(both.computeIfAbsent(code, c -> new HashMap<>())::putIfAbsent));
		both.replaceAll((code, map) -> Map.copyOf(map));
		this.readable = Map.copyOf(both);
		this.pageSegments = Set.copyOf(pages);
	}

	/**
	 * The address in {@code language} of a site address written in the original language: a path, with an optional
	 * query string and fragment.
	 */
	public String localize(String address, Language language) {
		if (language.original() || address == null || !address.startsWith("/") || address.startsWith("//")) {
			return address;
		}
		int end = indexOfAny(address, '?', '#');
		String path = address.substring(0, end);
		String rest = address.substring(end);
		String[] segments = path.substring(1).split("/", -1);
		if (!path.equals("/") && !pageSegments.contains(segments[0])) {
			return address;
		}
		Map<String, String> words = toLanguage.getOrDefault(language.code(), Map.of());
		StringBuilder localized = new StringBuilder(language.prefix());
		for (String segment : segments) {
			localized.append('/').append(words.getOrDefault(segment, segment));
		}
		return localized + translateQuery(rest, words);
	}

	/** One address segment or query value (a slug, a paper size) in a language, for the forms that send one. */
	public String word(String english, Language language) {
		return toLanguage.getOrDefault(language.code(), Map.of()).getOrDefault(english, english);
	}

	/**
	 * What a request for {@code path} and {@code query} (raw, as sent) asks for: the language and the original
	 * language's address, or {@code null} for an address in the original language.
	 */
	Request read(String path, String query) {
		for (Language language : languages.all()) {
			if (language.original()) {
				continue;
			}
			String prefix = language.prefix();
			if (path.equals(prefix)) {
				return new Request(language, null, null, true, false);
			}
			if (path.startsWith(prefix + "/")) {
				return readIn(language, path.substring(prefix.length()), query);
			}
		}
		return null;
	}

	private Request readIn(Language language, String path, String query) {
		if (path.equals("/")) {
			return new Request(language, "/", query, false, false);
		}
		Map<String, String> words = toOriginal.getOrDefault(language.code(), Map.of());
		Map<String, String> translated = toLanguage.getOrDefault(language.code(), Map.of());
		Map<String, String> former = formerToOriginal.getOrDefault(language.code(), Map.of());
		StringBuilder original = new StringBuilder();
		boolean moved = false;
		for (String segment : path.substring(1).split("/", -1)) {
			String english = words.get(segment);
			if (english == null && former.containsKey(segment)) {
				english = former.get(segment);
				moved = true;
			}
			else if (english == null && !translated.containsKey(segment)) {
				// spelt the same in both languages (a4, a date)
				english = segment;
			}
			if (english == null || (original.isEmpty() && !pageSegments.contains(english))) {
				// not an address of this language: the request goes on as it is, to the site's 404 in its language
				return new Request(language, language.prefix() + path, query, false, false);
			}
			original.append('/').append(english);
		}
		String translatedQuery = null;
		if (query != null) {
			translatedQuery = translateQuery("?" + query, readable.getOrDefault(language.code(), Map.of())).substring(1);
			moved |= !former.isEmpty() && Arrays.stream(query.split("&"))
				.anyMatch(pair -> former.containsKey(pair.substring(pair.indexOf('=') + 1)));
		}
		return new Request(language, original.toString(), translatedQuery, false, moved);
	}

	/** The address of a page in every language, the original's first. */
	public List<String> inEveryLanguage(String address) {
		return languages.all().stream().map(language -> localize(address, language)).toList();
	}

	private static String translateQuery(String rest, Map<String, String> words) {
		if (!rest.startsWith("?")) {
			return rest;
		}
		int hash = rest.indexOf('#');
		String query = rest.substring(1, hash < 0 ? rest.length() : hash);
		String fragment = hash < 0 ? "" : rest.substring(hash);
		StringJoiner pairs = new StringJoiner("&", "?", "");
		for (String pair : query.split("&", -1)) {
			int equals = pair.indexOf('=');
			if (equals < 0) {
				pairs.add(pair);
			}
			else {
				String value = pair.substring(equals + 1);
				pairs.add(pair.substring(0, equals + 1) + words.getOrDefault(value, value));
			}
		}
		return pairs + fragment;
	}

	private static int indexOfAny(String text, char first, char second) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == first || c == second) {
				return i;
			}
		}
		return text.length();
	}

	/**
	 * A request read: its language, and the original language's path and raw query string; {@code addSlash} when
	 * the address is the bare prefix ({@code /es}), whose page is {@code /es/}; {@code moved} when it spells a segment
	 * the old way, so it answers with a permanent redirect to the current address.
	 */
	record Request(Language language, String path, String query, boolean addSlash, boolean moved) {
	}

}
