package org.postpartumback.source;

import org.postpartumback.language.TestLanguages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
class SourceContentTests {

	private final Sources sources;

	SourceContentTests(SourceRepository sources, GuideReleaseRepository releases) {
		this.sources = new SourceContent().sources(sources, releases, TestLanguages.ENGLISH_ONLY, TestLanguages.NONE).original();
	}

	@Test
	void creditsBothSourceArticlesWithTitleLinkAndTheDateTheyWereRead() {
		assertThat(sources.articles()).extracting(SourceView::credit)
			.containsExactly("Dr. Nichelle Gurule, Live Loud Chiropractic, Lafayette, Colorado", "Thriving Mommas");
		assertThat(sources.articles()).extracting(SourceView::url)
			.containsExactly("https://liveloudlife.com/", "https://thrivingmommas.com/blog/thoracic-spine-aka-upper-back-pain");
		assertThat(sources.articles()).allSatisfy(article -> {
			assertThat(article.title()).isNotBlank();
			assertThat(article.readOn()).isNotNull();
		});
	}

	@Test
	void namesThePublicHealthPagesTheSafetyGuidanceFollows() {
		assertThat(sources.safety()).extracting(SourceView::url)
			.containsExactly("https://www.cdc.gov/hearher/maternal-warning-signs/index.html",
					"https://www.awhonn.org/education/hospital-products/post-birth-warning-signs-education-program/",
					"https://www.nhs.uk/conditions/back-pain/");
		assertThat(sources.safety()).extracting(SourceView::title)
			.anySatisfy(title -> assertThat(title).contains("Hear Her"))
			.anySatisfy(title -> assertThat(title).contains("POST-BIRTH"))
			.anySatisfy(title -> assertThat(title).isEqualTo("Back pain"));
		assertThat(sources.safety()).extracting(SourceView::publisher)
			.anySatisfy(publisher -> assertThat(publisher).contains("CDC"))
			.anySatisfy(publisher -> assertThat(publisher).contains("AWHONN"))
			.anySatisfy(publisher -> assertThat(publisher).contains("NHS"));
	}

	@Test
	void knowsWhenTheContentLastChanged() {
		assertThat(sources.updatedOn()).isNotNull();
	}

}
