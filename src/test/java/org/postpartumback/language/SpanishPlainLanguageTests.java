package org.postpartumback.language;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.postpartumback.MustReadTexts;
import org.postpartumback.TestMessages;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spanish of the texts a tired reader must understand at once (the disclaimer, the stop lines, the warning
 * signs) is plain: "normal" or easier on the INFLESZ scale ({@link Perspicuity} of 55 or more), the Spanish
 * counterpart of the English edition's grade 8. The scale is made for passages, not for a three-word line, so each
 * group is measured as the passage a reader meets it in.
 */
@DataJpaTest
class SpanishPlainLanguageTests {

	private static final double MIN_PERSPICUITY = 55;

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private final JdbcTemplate jdbc;

	private final MessageSource messages = TestMessages.bundle();

	private final MustReadTexts texts;

	SpanishPlainLanguageTests(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.texts = new MustReadTexts(this::spanishOf, this::message);
	}

	@Test
	void theSpanishDisclaimerIsPlain() {
		assertPlain("the disclaimer", List.of(message("disclaimer.heading"), message("disclaimer.text")));
	}

	@Test
	void everySpanishStopLineIsPlain() {
		List<String> texts = this.texts.stopLines();
		assertThat(texts).hasSizeGreaterThanOrEqualTo(16);
		assertPlain("the stop lines", texts);
	}

	@Test
	void everySpanishWarningSignAndLevelActionIsPlain() {
		List<String> texts = this.texts.warningSigns();
		assertThat(texts).hasSizeGreaterThanOrEqualTo(30);
		assertPlain("the warning signs and what to do", texts);
	}

	@Test
	void everySpanishCautionIsPlain() {
		List<String> texts = this.texts.cautions();
		assertThat(texts).hasSizeGreaterThanOrEqualTo(15);
		assertPlain("the cautions", texts);
	}

	@Test
	void theScaleRanksAPlainSentenceAboveAnOfficialOne() {
		assertThat(Perspicuity.of("Detente si te duele. Llama a tu médico.")).isGreaterThan(80);
		assertThat(Perspicuity.of("La utilización de esta publicación informativa no constituye el establecimiento "
				+ "de ninguna relación terapéutica profesional.")).isLessThan(40);
		assertThat(Perspicuity.syllables("partera")).isEqualTo(3);
		assertThat(Perspicuity.syllables("hormigueo")).isEqualTo(4);
		assertThat(Perspicuity.syllables("día")).isEqualTo(2);
		assertThat(Perspicuity.syllables("quieres")).isEqualTo(2);
	}

	/** Every Spanish of each English text the query selects (one English text may be translated in two places). */
	private List<String> spanishOf(String query) {
		return jdbc.queryForList(query, String.class)
			.stream()
			.flatMap(english -> jdbc
				.queryForList("SELECT DISTINCT text FROM translation WHERE language = 'es' AND english = ?",
						String.class, english)
				.stream())
			.toList();
	}

	/** The texts read as one passage, each ending its sentence. */
	private void assertPlain(String what, List<String> texts) {
		String passage = String.join(" ",
				texts.stream().map(String::strip).map(text -> text.matches(".*[.!?:;…]$") ? text : text + ".").toList());
		double perspicuity = Perspicuity.of(passage);
		System.out.printf("Perspicuity of %s in Spanish: %.1f%n", what, perspicuity);
		assertThat(perspicuity).as("perspicuity of %s: \"%s\"", what, passage).isGreaterThanOrEqualTo(MIN_PERSPICUITY);
	}

	private String message(String key) {
		return messages.getMessage(key, null, SPANISH);
	}

}
