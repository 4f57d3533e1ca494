package org.postpartumback.language;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Addresses in another language: translated segments, segments spelt the same, and former spellings. */
class AddressesTests {

	private static final Language ENGLISH = new Language("en", true, "en_US");

	private static final Language SPANISH = new Language("es", false, "es_US");

	private final Addresses addresses = new Addresses(new Languages(List.of(ENGLISH, SPANISH)),
			Map.of("es", Map.of("routine", "rutina", "print.pdf", "imprimir.pdf", "exercises", "ejercicios",
					"double-chins", "retraccion-de-cuello", "letter", "carta")),
			Map.of("es", Map.of("doble-menton", "double-chins")));

	@Test
	void aSegmentWithNoRowIsSpeltTheSameBothWays() {
		assertThat(addresses.localize("/routine/print.pdf?paper=a4", SPANISH)).isEqualTo("/es/rutina/imprimir.pdf?paper=a4");
		Addresses.Request read = addresses.read("/es/rutina/imprimir.pdf", "paper=a4");
		assertThat(read.path()).isEqualTo("/routine/print.pdf");
		assertThat(read.query()).isEqualTo("paper=a4");
		assertThat(read.moved()).isFalse();
	}

	@Test
	void theEnglishSpellingOfATranslatedSegmentIsNotASpanishAddress() {
		assertThat(addresses.read("/es/exercises/double-chins", null).path()).isEqualTo("/es/exercises/double-chins");
		assertThat(addresses.read("/es/ejercicios/double-chins", null).path())
			.isEqualTo("/es/ejercicios/double-chins");
	}

	@Test
	void onlyAPageSegmentStartsATranslatedAddress() {
		assertThat(addresses.read("/es/css/site.css", null).path()).isEqualTo("/es/css/site.css");
		assertThat(addresses.localize("/css/site.css", SPANISH)).isEqualTo("/css/site.css");
	}

	@Test
	void aFormerSpellingIsReadAsTheCurrentPageAndMarkedMoved() {
		Addresses.Request read = addresses.read("/es/ejercicios/doble-menton", null);
		assertThat(read.path()).isEqualTo("/exercises/double-chins");
		assertThat(read.moved()).isTrue();
		assertThat(addresses.localize(read.path(), SPANISH)).isEqualTo("/es/ejercicios/retraccion-de-cuello");
	}

	@Test
	void aFormerSpellingInAQueryIsReadAsTheCurrentOne() {
		Addresses.Request read = addresses.read("/es/rutina", "e=doble-menton");
		assertThat(read.query()).isEqualTo("e=double-chins");
	}


	@Test
	void anAddressInTheOriginalLanguageIsNotReadAsAnother() {
		assertThat(addresses.read("/exercises/double-chins", null)).isNull();
		assertThat(addresses.read("/escape", null)).isNull();
	}

	@Test
	void theBarePrefixAsksForItsHomePageWithASlash() {
		Addresses.Request read = addresses.read("/es", null);
		assertThat(read.addSlash()).isTrue();
		assertThat(read.language()).isEqualTo(SPANISH);
		assertThat(addresses.read("/es/", "x=1")).satisfies(home -> {
			assertThat(home.path()).isEqualTo("/");
			assertThat(home.query()).isEqualTo("x=1");
			assertThat(home.addSlash()).isFalse();
			assertThat(home.moved()).isFalse();
		});
	}

	@Test
	void everyLanguagesAddressOfAPageOriginalFirst() {
		assertThat(addresses.inEveryLanguage("/exercises/double-chins?e=double-chins#steps"))
			.containsExactly("/exercises/double-chins?e=double-chins#steps",
					"/es/ejercicios/retraccion-de-cuello?e=retraccion-de-cuello#steps");
		assertThat(addresses.inEveryLanguage("/")).containsExactly("/", "/es/");
	}

	@Test
	void queryValuesAreTranslatedPairByPairKeepingNamesBlanksAndFragments() {
		assertThat(addresses.localize("/routine?e=double-chins&paper&x=&e=letter#top", SPANISH))
			.isEqualTo("/es/rutina?e=retraccion-de-cuello&paper&x=&e=carta#top");
		assertThat(addresses.read("/es/rutina", "e=retraccion-de-cuello&paper&e=carta").query())
			.isEqualTo("e=double-chins&paper&e=letter");
	}

	@Test
	void aTranslatedQueryValueMarksNothingMovedButAFormerOneDoes() {
		assertThat(addresses.read("/es/rutina", "e=retraccion-de-cuello").moved()).isFalse();
		assertThat(addresses.read("/es/rutina", "paper&e=doble-menton").moved()).isTrue();
		assertThat(addresses.read("/es/rutina", "doble-menton").moved()).isTrue();
	}

	@Test
	void anOtherSiteOrAProtocolRelativeAddressIsLeftAlone() {
		assertThat(addresses.localize("https://example.org/routine", SPANISH)).isEqualTo("https://example.org/routine");
		assertThat(addresses.localize("//example.org/routine", SPANISH)).isEqualTo("//example.org/routine");
		assertThat(addresses.localize(null, SPANISH)).isNull();
		assertThat(addresses.localize("/routine", ENGLISH)).isEqualTo("/routine");
	}

	@Test
	void aWordIsTranslatedOrKeptAsItIs() {
		assertThat(addresses.word("letter", SPANISH)).isEqualTo("carta");
		assertThat(addresses.word("a4", SPANISH)).isEqualTo("a4");
		assertThat(addresses.word("letter", ENGLISH)).isEqualTo("letter");
	}

	@Test
	void aFragmentWithNoQueryIsKeptAsItIs() {
		assertThat(addresses.localize("/exercises/double-chins#steps", SPANISH))
			.isEqualTo("/es/ejercicios/retraccion-de-cuello#steps");
	}

	@Test
	void aQueryValueWithNoNameIsTranslatedToo() {
		assertThat(addresses.localize("/routine?=letter", SPANISH)).isEqualTo("/es/rutina?=carta");
	}

	@Test
	void onlyTheFirstSegmentMustBeAPageTheRestMayBeSpeltTheSame() {
		Addresses.Request read = addresses.read("/es/ejercicios/a-new-exercise", null);
		assertThat(read.path()).isEqualTo("/exercises/a-new-exercise");
		assertThat(read.moved()).isFalse();
	}

	@Test
	void aLanguageWithOnlyFormerSpellingsStillReadsThem() {
		Addresses sameSpelling = new Addresses(new Languages(List.of(ENGLISH, SPANISH)),
				Map.of("fr", Map.of("routine", "routine")), Map.of("es", Map.of("doble-menton", "double-chins")));
		Addresses.Request read = sameSpelling.read("/es/routine", "e=doble-menton");
		assertThat(read.path()).isEqualTo("/routine");
		assertThat(read.query()).isEqualTo("e=double-chins");
		assertThat(read.moved()).isTrue();
	}

}
