package org.postpartumback;

import java.util.ArrayList;
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

	private final JdbcTemplate jdbc;

	private final MessageSource messages = TestMessages.bundle();

	PlainLanguageTests(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Test
	void theDisclaimerReadsAtGradeEightOrBelow() {
		assertPlain(List.of(message("disclaimer.heading") + " " + message("disclaimer.text")));
	}

	@Test
	void everyStopLineReadsAtGradeEightOrBelow() {
		List<String> texts = new ArrayList<>(jdbc.queryForList("SELECT stop FROM safety_note", String.class));
		texts.addAll(jdbc.queryForList("SELECT when_to_stop FROM exercise WHERE when_to_stop IS NOT NULL", String.class));
		texts.add(message("exercise.stop.general"));
		texts.add(message("safety.getHelp.lead") + " " + message("safety.getHelp.signs"));
		texts.add(message("safety.relief.text"));
		assertThat(texts).hasSizeGreaterThanOrEqualTo(16);
		assertPlain(texts);
	}

	@Test
	void everyWarningSignAndLevelActionReadsAtGradeEightOrBelow() {
		List<String> texts = new ArrayList<>(jdbc.queryForList("SELECT text FROM warning_sign", String.class));
		for (String level : List.of("emergency", "clinician", "appointment")) {
			texts.add(message("help.level." + level + ".heading"));
			texts.add(message("help.level." + level + ".action"));
		}
		texts.add(message("help.yearNote"));
		texts.add(message("help.intro"));
		assertThat(texts).hasSizeGreaterThanOrEqualTo(30);
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
