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
			.containsExactly(Guide.Urgency.EMERGENCY, Guide.Urgency.URGENT, Guide.Urgency.APPOINTMENT);
		assertThat(guide.levels()).allSatisfy(level -> assertThat(level.signs()).isNotEmpty());
		assertThat(guide.warnings()).extracting(Guide.Warning::urgency).isSorted();
	}

	@Test
	void emergencySignsCoverHeartBreathingSeizuresSelfHarmAndTheSpinalNerves() {
		assertThat(String.join(" ", guide.warnings(Guide.Urgency.EMERGENCY).stream().map(Guide.Warning::text).toList()))
			.contains("chest", "breathe", "seizure", "hurting yourself or your baby",
					// a clot in the lung or a heart attack can be felt in the upper back
					"chest or upper back", "cough up blood", "arm, jaw or neck",
					"sepsis", "slurred", "not peed all day", "blotchy, blue or very pale",
					"see or hear things that are not there", "postpartum psychosis",
					"faint or pass out", "worst you have ever had", "Heavy bleeding, and you feel faint",
					"serious fall or accident",
					// the back emergencies in the NHS's wording: both legs, tingling too, and only what is new
					"Pain, tingling, weakness or numbness in both legs", "genitals or bottom feel numb or tingly",
					"New trouble peeing", "newly lose control of your bladder or bowels",
					"After an epidural or spinal: your legs go weak or numb");
	}

	@Test
	void urgentSignsCoverPreEclampsiaWithoutTheShoulderBladesAndTheEpiduralSignsForTheSameDay() {
		String urgent = String.join(" ", guide.warnings(Guide.Urgency.URGENT).stream().map(Guide.Warning::text).toList());
		assertThat(urgent)
			.contains("38 °C (100.4 °F)", "headache", "how you see", "swell", "New pain under your right ribs",
					"sudden swelling", "pre-eclampsia", "pad soaked in one hour", "egg", "smells bad",
					"A leg that hurts", "caesarean", "breast", "dizzy", "belly pain", "throwing up", "tired",
					"baby moves less", "stiff neck", "worse when you sit or stand up", "smaller fall")
			.doesNotContain("shoulder blades");
	}

	@Test
	void appointmentSignsCoverSlowRecoveryNightPainArmSymptomsAndMood() {
		assertThat(String.join(" ", guide.warnings(Guide.Urgency.APPOINTMENT).stream().map(Guide.Warning::text).toList()))
			.contains("few weeks", "wakes you at night", "down an arm", "Low mood", "two weeks");
	}

	@Test
	void thePrintoutCarriesEveryEmergencySignAndTheMainOnesForToday() {
		assertThat(guide.printed(Guide.Urgency.EMERGENCY)).hasSameSizeAs(guide.warnings(Guide.Urgency.EMERGENCY));
		assertThat(guide.printed(Guide.Urgency.URGENT)).extracting(Guide.Warning::printText)
			.hasSize(5)
			.anySatisfy(text -> assertThat(text).contains("fever"))
			.anySatisfy(text -> assertThat(text).contains("headache"))
			.anySatisfy(text -> assertThat(text).contains("right ribs"))
			.anySatisfy(text -> assertThat(text).contains("bleeding"))
			.anySatisfy(text -> assertThat(text).contains("leg"));
		assertThat(guide.printed(Guide.Urgency.APPOINTMENT)).isEmpty();
	}

}
