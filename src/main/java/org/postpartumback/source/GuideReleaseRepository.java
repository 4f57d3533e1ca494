package org.postpartumback.source;

import java.util.List;

import org.springframework.data.repository.Repository;

interface GuideReleaseRepository extends Repository<GuideRelease, Integer> {

	List<GuideRelease> findAllByOrderByReviewedOnDesc();

}
