package org.postpartumback.guide;

import java.util.List;

import org.springframework.data.repository.Repository;

interface PlanStepRepository extends Repository<PlanStep, Integer> {

	List<PlanStep> findAllByOrderByPosition();

}
