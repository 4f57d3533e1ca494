package org.postpartumback.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.postpartumback.exercise.ExerciseView;
import org.postpartumback.exercise.Exercises;
import org.postpartumback.language.Addresses;
import org.postpartumback.language.Language;
import org.postpartumback.language.Languages;
import org.postpartumback.language.Localized;
import org.postpartumback.pagestore.KeptAddresses;
import org.springframework.stereotype.Component;

/**
 * Every page of the guide, in reading order and in every language: the one list behind {@code /sitemap.xml} and
 * the tests that visit every page. Every page of it is kept by the page store (the routes among them that read a
 * query string are their feature's to declare).
 */
@Component
public class SiteMap implements KeptAddresses {

	private final List<String> originals;

	private final List<String> paths;

	SiteMap(Localized<Exercises> exercises, Languages languages, Addresses addresses) {
		List<String> all = new ArrayList<>(List.of("/", "/exercises"));
		exercises.original().all().stream().map(ExerciseView::path).forEach(all::add);
		all.addAll(List.of("/causes", "/relief", "/routine", "/routine/print", "/routine/session", "/before-you-start", "/diary", "/when-to-get-help", "/about"));
		this.originals = List.copyOf(all);
		List<String> everyLanguage = new ArrayList<>();
		for (Language language : languages.all()) {
			originals.stream().map(path -> addresses.localize(path, language)).forEach(everyLanguage::add);
		}
		this.paths = List.copyOf(everyLanguage);
	}

	/** Every page once, by its address in the original language. */
	public List<String> paths() {
		return originals;
	}

	@Override
	public Map<String, Set<String>> readsQuery() {
		return Map.of();
	}

	@Override
	public List<String> kept() {
		return originals;
	}

	/** Every page in every language: the original language's pages first, then each other language's. */
	public List<String> everyLanguage() {
		return paths;
	}

}
