package org.postpartumback.cause;

import org.postpartumback.language.TestLanguages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
class CauseContentTests {

	private final Causes causes;

	CauseContentTests(CauseRepository causes) {
		this.causes = new CauseContent().causes(causes, TestLanguages.ENGLISH_ONLY, TestLanguages.NONE).original();
	}

	@Test
	void seedsCausesForPregnancyAfterBirthAndMuscleImbalance() {
		assertThat(causes.byPhase().keySet()).containsExactly(Phase.PREGNANCY, Phase.POSTPARTUM, Phase.ANY_TIME);
		assertThat(causes.byPhase().get(Phase.PREGNANCY)).extracting(CauseView::slug)
			.contains("center-of-gravity", "breast-tissue", "rounded-shoulders-tight-pecs", "stiff-upper-back");
		assertThat(causes.byPhase().get(Phase.POSTPARTUM)).extracting(CauseView::slug)
			.contains("feeding-and-holding-posture", "weakened-core", "fatigue", "relaxin", "hormone-laxity",
					"moving-less");
		assertThat(causes.byPhase().get(Phase.ANY_TIME)).extracting(CauseView::slug).containsExactly("muscle-imbalance");
	}

	@Test
	void relaxinStaysRaisedForMonthsAfterBirth() {
		assertThat(causes.byPhase().get(Phase.POSTPARTUM)).filteredOn(cause -> cause.slug().equals("relaxin"))
			.singleElement()
			.satisfies(relaxin -> assertThat(relaxin.body()).contains("five months"));
	}

}
