package org.postpartumback.source;

import org.junit.jupiter.api.Test;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
class SourceContentTests {

	private final Sources sources;

	SourceContentTests(SourceRepository sources, GuideReleaseRepository releases) {
		this.sources = new SourceContent().sources(sources, releases);
	}

	@Test
	void creditsBothSourceArticles() {
		assertThat(sources.all()).extracting(SourceView::credit)
			.containsExactly("Dr. Nichelle Gurule, Live Loud Chiropractic, Lafayette, Colorado", "Thriving Mommas");
	}

	@Test
	void knowsWhenTheContentLastChanged() {
		assertThat(sources.updatedOn()).isNotNull();
	}

}
