package org.postpartumback;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts a tired reader must understand at once (the disclaimer, every stop line and every warning sign) read at
 * about grade 7–8: a Flesch–Kincaid grade of 8 or less each, computed by {@link ReadingGrade} from the seeded content
 * and the messages.
 */
@DataJpaTest
class PlainLanguageTests {

	private static final double MAX_GRADE = 8.0;

	private final MessageSource messages = TestMessages.bundle();

	private final MustReadTexts texts;

	PlainLanguageTests(JdbcTemplate jdbc) {
		this.texts = new MustReadTexts(query -> jdbc.queryForList(query, String.class), this::message);
	}

	@Test
	void theDisclaimerReadsAtGradeEightOrBelow() {
		assertPlain(List.of(message("disclaimer.heading") + " " + message("disclaimer.text")));
	}

	@Test
	void everyStopLineReadsAtGradeEightOrBelow() {
		List<String> texts = this.texts.stopLines();
		assertThat(texts).hasSizeGreaterThanOrEqualTo(16);
		assertPlain(texts);
	}

	@Test
	void everyWarningSignAndLevelActionReadsAtGradeEightOrBelow() {
		List<String> texts = this.texts.warningSigns();
		assertThat(texts).hasSizeGreaterThanOrEqualTo(30);
		assertPlain(texts);
	}

	@Test
	void everyCautionReadsAtGradeEightOrBelow() {
		List<String> texts = this.texts.cautions();
		assertThat(texts).hasSizeGreaterThanOrEqualTo(15);
		assertPlain(texts);
	}

	@Test
	void theGradeFormulaRanksAPlainSentenceBelowAnOfficialOne() {
		assertThat(ReadingGrade.of("Stop if it hurts. Call your doctor.")).isLessThan(2);
		assertThat(ReadingGrade.of("Utilization of this informational publication does not constitute "
				+ "the establishment of a professional therapeutic relationship whatsoever.")).isGreaterThan(15);
		assertThat(ReadingGrade.syllables("midwife")).isEqualTo(2);
		assertThat(ReadingGrade.syllables("numbness")).isEqualTo(2);
	}

	private void assertPlain(List<String> texts) {
		assertThat(texts).allSatisfy(text -> assertThat(ReadingGrade.of(text))
			.as("Flesch–Kincaid grade %.1f of \"%s\"", ReadingGrade.of(text), text)
			.isLessThanOrEqualTo(MAX_GRADE));
	}

	private String message(String key) {
		return messages.getMessage(key, null, Locale.ENGLISH);
	}

}
