package org.postpartumback.guide;

import org.junit.jupiter.api.Test;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
class GuideContentTests {

	private final Guide guide;

	GuideContentTests(SourceRepository sources, GuideReleaseRepository releases, PlanStepRepository plan,
			WarningSignRepository warnings) {
		this.guide = new GuideContent().guide(sources, releases, plan, warnings);
	}

	@Test
	void creditsBothSourceArticles() {
		assertThat(guide.sources()).extracting(SourceView::credit)
			.containsExactly("Dr. Nichelle Gurule, Live Loud Chiropractic, Lafayette, Colorado", "Thriving Mommas");
	}

	@Test
	void hasAReviewDateAThreeStepPlanAndWarningSignsOfBothUrgencies() {
		assertThat(guide.reviewedOn()).isNotNull();
		assertThat(guide.plan()).extracting(Guide.Step::path).containsExactly("/relief", "/relief#daily-modifications", "/exercises");
		assertThat(guide.warnings(Guide.Urgency.EMERGENCY)).isNotEmpty();
		assertThat(guide.warnings(Guide.Urgency.CLINICIAN)).isNotEmpty();
	}

}
