package org.postpartumback.language;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a translator into one language finds, and what it records for the coverage test. */
class TranslationsTests {

	private static final Language SPANISH = new Language("es", false, "es_US");

	private final Translations translations = new Translations(Map.of("es",
			Map.of("exercise.banded-as.name", new Translations.Row("Banded A's", "A con banda"),
					"exercise.banded-as.summary", new Translations.Row("Squeeze the back.", "Aprieta la espalda."),
					"exercise.gone.name", new Translations.Row("Gone", "Ido"))));

	private final Translator spanish = translations.into(SPANISH);

	@Test
	void aTextIsTranslatedByItsKeyWhateverElseHasTheSameEnglish() {
		assertThat(spanish.text("exercise.banded-as.name", "Banded A's")).isEqualTo("A con banda");
		assertThat(spanish.row("exercise", "banded-as").text("name", "Banded A's")).isEqualTo("A con banda");
		assertThat(translations.missing(SPANISH)).isEmpty();
		assertThat(translations.stale(SPANISH)).isEmpty();
	}

	@Test
	void aTextWithNoTranslationStaysEnglishAndIsMissing() {
		assertThat(spanish.text("exercise.double-chins.name", "Double chins")).isEqualTo("Double chins");
		assertThat(translations.missing(SPANISH)).containsExactly("exercise.double-chins.name = Double chins");
	}

	@Test
	void anEditedEnglishTextKeepsItsOldTranslationAndIsStale() {
		assertThat(spanish.text("exercise.banded-as.summary", "Squeeze your back.")).isEqualTo("Aprieta la espalda.");
		assertThat(translations.stale(SPANISH)).singleElement()
			.asString()
			.contains("exercise.banded-as.summary", "\"Squeeze the back.\"", "\"Squeeze your back.\"");
		assertThat(translations.missing(SPANISH)).isEmpty();
	}

	@Test
	void aTranslationNoCatalogueAskedForIsAnOrphan() {
		spanish.text("exercise.banded-as.name", "Banded A's");
		spanish.text("exercise.banded-as.summary", "Squeeze the back.");
		assertThat(translations.orphans(SPANISH)).containsExactly("exercise.gone.name");
	}

	@Test
	void anEmptyTextIsNeitherAskedForNorMissing() {
		assertThat(spanish.text("exercise.banded-as.equipment", null)).isNull();
		assertThat(spanish.text("exercise.banded-as.equipment", "")).isEmpty();
		assertThat(translations.missing(SPANISH)).isEmpty();
		assertThat(translations.orphans(SPANISH)).hasSize(3);
	}

	@Test
	void theOriginalLanguageIsNotTranslated() {
		Language english = new Language("en", true, "en_US");
		assertThat(translations.into(english).text("exercise.banded-as.name", "Banded A's")).isEqualTo("Banded A's");
		assertThat(translations.missing(english)).isEmpty();
	}

}
