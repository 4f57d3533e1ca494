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

}
