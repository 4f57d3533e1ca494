package org.postpartumback.guide;

import org.postpartumback.language.TestLanguages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
class GuideContentTests {

	private final Guide guide;

	GuideContentTests(PlanStepRepository plan, WarningSignRepository warnings) {
		this.guide = new GuideContent().guide(plan, warnings, TestLanguages.ENGLISH_ONLY, TestLanguages.NONE).original();
	}

	@Test
	void hasAThreeStepPlan() {
		assertThat(guide.plan()).extracting(Guide.Step::path).containsExactly("/relief", "/relief#daily-modifications", "/exercises");
	}

	@Test
	void warningSignsComeInThreeLevelsMostUrgentFirst() {
		assertThat(guide.levels()).extracting(Guide.Level::urgency)
			.containsExactly(Guide.Urgency.EMERGENCY, Guide.Urgency.CLINICIAN, Guide.Urgency.APPOINTMENT);
		assertThat(guide.levels()).allSatisfy(level -> assertThat(level.signs()).isNotEmpty());
		assertThat(guide.warnings()).extracting(Guide.Warning::urgency).isSorted();
	}

	@Test
	void emergencySignsCoverHeartBreathingSeizuresSelfHarmAndTheSpinalNerves() {
		assertThat(String.join(" ", guide.warnings(Guide.Urgency.EMERGENCY).stream().map(Guide.Warning::text).toList()))
			.contains("chest", "breathe", "seizure", "hurting yourself or your baby", "Both legs go weak",
					"numb around your genitals or bottom", "bladder or bowels", "cannot pee");
	}

	@Test
	void todaySignsIncludeTheOnesThatFeelLikeShoulderBladePain() {
		assertThat(String.join(" ", guide.warnings(Guide.Urgency.CLINICIAN).stream().map(Guide.Warning::text).toList()))
			.contains("38 °C (100.4 °F)", "headache", "how you see", "swell", "right ribs", "shoulder blades",
					"pre-eclampsia", "pad soaked in one hour", "egg", "smells bad", "A leg that hurts", "caesarean",
					"breast", "dizzy", "belly pain", "throwing up", "tired", "baby moves less", "epidural",
					"fall or an accident");
	}

	@Test
	void appointmentSignsCoverSlowRecoveryNightPainArmSymptomsAndMood() {
		assertThat(String.join(" ", guide.warnings(Guide.Urgency.APPOINTMENT).stream().map(Guide.Warning::text).toList()))
			.contains("few weeks", "wakes you at night", "down an arm", "Low mood", "two weeks");
	}

	@Test
	void thePrintoutCarriesEveryEmergencySignAndTheMainOnesForToday() {
		assertThat(guide.printed(Guide.Urgency.EMERGENCY)).hasSameSizeAs(guide.warnings(Guide.Urgency.EMERGENCY));
		assertThat(guide.printed(Guide.Urgency.CLINICIAN)).extracting(Guide.Warning::printText)
			.hasSize(5)
			.anySatisfy(text -> assertThat(text).contains("fever"))
			.anySatisfy(text -> assertThat(text).contains("headache"))
			.anySatisfy(text -> assertThat(text).contains("right ribs"))
			.anySatisfy(text -> assertThat(text).contains("bleeding"))
			.anySatisfy(text -> assertThat(text).contains("leg"));
		assertThat(guide.printed(Guide.Urgency.APPOINTMENT)).isEmpty();
	}

}
