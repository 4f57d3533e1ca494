package org.postpartumback.guide;

import org.junit.jupiter.api.Test;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
class GuideContentTests {

	private final Guide guide;

	GuideContentTests(PlanStepRepository plan, WarningSignRepository warnings) {
		this.guide = new GuideContent().guide(plan, warnings);
	}

	@Test
	void hasAThreeStepPlanAndWarningSignsOfBothUrgencies() {
		assertThat(guide.plan()).extracting(Guide.Step::path).containsExactly("/relief", "/relief#daily-modifications", "/exercises");
		assertThat(guide.warnings(Guide.Urgency.EMERGENCY)).isNotEmpty();
		assertThat(guide.warnings(Guide.Urgency.CLINICIAN)).isNotEmpty();
	}

}
