package org.postpartumback.layout;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A clinical review of the content, when one has happened. Unset (the default), pages say when the content was last
 * updated and claim no review; set, they name the reviewer and the dates.
 *
 * @param reviewerName who reviewed the content, for example {@code Jane Doe}
 * @param reviewerRole their role, for example {@code Registered midwife}
 * @param reviewedOn the date of the review
 * @param nextReviewOn when the content is due to be reviewed again
 */
@ConfigurationProperties("site.review")
public record ReviewProperties(String reviewerName, String reviewerRole, LocalDate reviewedOn,
		LocalDate nextReviewOn) {

	public ReviewProperties {
		boolean any = reviewerName != null || reviewerRole != null || reviewedOn != null || nextReviewOn != null;
		boolean all = reviewerName != null && reviewerRole != null && reviewedOn != null && nextReviewOn != null;
		if (any && !all) {
			throw new IllegalArgumentException("site.review needs all of reviewer-name, reviewer-role, reviewed-on "
					+ "and next-review-on, or none of them");
		}
	}

	public boolean configured() {
		return reviewerName != null;
	}

}
