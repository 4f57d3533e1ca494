package org.postpartumback.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the languages, the content translations and the translated address segments once, at start-up. */
@Configuration(proxyBeanMethods = false)
class LanguageContent {

	private static final Logger LOG = LoggerFactory.getLogger(LanguageContent.class);

	@Bean
	Languages languages(LanguageRepository languages) {
		return new Languages(languages.findAllByOrderByPosition().stream().map(LanguageRow::toLanguage).toList());
	}

	@Bean
	Translations translations(ContentTranslationRepository texts) {
		Map<String, Map<String, Translations.Row>> byLanguage = new HashMap<>();
		texts.findAll()
			.forEach(row -> byLanguage.computeIfAbsent(row.language(), code -> new HashMap<>())
				.put(row.textKey(), row.toRow()));
		return new Translations(byLanguage);
	}

	@Bean
	Addresses addresses(Languages languages, PathTranslationRepository paths, PathAliasRepository aliases) {
		Map<String, Map<String, String>> byLanguage = new HashMap<>();
		paths.findAll()
			.forEach(row -> byLanguage.computeIfAbsent(row.language(), code -> new HashMap<>())
				.put(row.english(), row.segment()));
		Map<String, Map<String, String>> former = new HashMap<>();
		aliases.findAll()
			.forEach(row -> former.computeIfAbsent(row.language(), code -> new HashMap<>())
				.put(row.segment(), row.english()));
		return new Addresses(languages, byLanguage, former);
	}

	/** Tells a translator at start-up what the catalogues found untranslated, outdated or orphaned. */
	@Bean
	ApplicationListener<ApplicationReadyEvent> translationReport(Languages languages, Translations translations) {
		return event -> languages.all().stream().filter(language -> !language.original()).forEach(language -> {
			List<String> problems = new ArrayList<>();
			translations.missing(language).forEach(text -> problems.add("missing " + text));
			translations.stale(language).forEach(text -> problems.add("stale " + text));
			translations.orphans(language).forEach(key -> problems.add("orphan " + key));
			if (!problems.isEmpty()) {
				LOG.warn("{} content texts need a translator in '{}' (see README, Languages):\n  {}", problems.size(),
						language.code(), String.join("\n  ", problems));
			}
		});
	}

}
