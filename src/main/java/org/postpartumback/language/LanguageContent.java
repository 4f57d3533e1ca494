package org.postpartumback.language;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the languages, the content translations and the translated address segments once, at start-up. */
@Configuration(proxyBeanMethods = false)
class LanguageContent {

	@Bean
	Languages languages(LanguageRepository languages) {
		return new Languages(languages.findAllByOrderByPosition().stream().map(LanguageRow::toLanguage).toList());
	}

	@Bean
	Translations translations(TextTranslationRepository texts) {
		Map<String, Map<String, String>> byLanguage = new HashMap<>();
		texts.findAll()
			.forEach(row -> byLanguage.computeIfAbsent(row.language(), code -> new HashMap<>())
				.put(row.english(), row.text()));
		return new Translations(byLanguage);
	}

	@Bean
	Addresses addresses(Languages languages, PathTranslationRepository paths) {
		Map<String, Map<String, String>> byLanguage = new HashMap<>();
		paths.findAll()
			.forEach(row -> byLanguage.computeIfAbsent(row.language(), code -> new HashMap<>())
				.put(row.english(), row.segment()));
		return new Addresses(languages, byLanguage);
	}

}
