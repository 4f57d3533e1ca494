package org.postpartumback.language;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every content text of the seeded guide is translated into every language, from the English it has today, and no
 * translation is left over: what the catalogues recorded while they were built at start-up. A failure names each
 * text's key; README, "Languages", says what a translator does then.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TranslationCoverageTests {

	private final Languages languages;

	private final Translations translations;

	TranslationCoverageTests(Languages languages, Translations translations) {
		this.languages = languages;
		this.translations = translations;
	}

	@Test
	void everyContentTextHasATranslationInEveryLanguage() {
		assertThat(others()).allSatisfy(language -> assertThat(translations.missing(language))
			.as("texts with no translation into %s (key = English)", language.code())
			.isEmpty());
	}

	@Test
	void noTranslationWasMadeFromEnglishThatHasChangedSince() {
		assertThat(others()).allSatisfy(language -> assertThat(translations.stale(language))
			.as("translations into %s made from other English", language.code())
			.isEmpty());
	}

	@Test
	void everyTranslationTranslatesATextOfTheGuide() {
		assertThat(others()).allSatisfy(language -> assertThat(translations.orphans(language))
			.as("translations into %s of no text", language.code())
			.isEmpty());
	}

	@Test
	void theGuideHasALanguageBesidesTheOriginal() {
		assertThat(others()).isNotEmpty();
	}

	private java.util.List<Language> others() {
		return languages.all().stream().filter(language -> !language.original()).toList();
	}

}
