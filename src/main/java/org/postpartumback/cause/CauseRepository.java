package org.postpartumback.cause;

import java.util.List;

import org.springframework.data.repository.Repository;

interface CauseRepository extends Repository<Cause, Integer> {

	List<Cause> findAllByOrderByPhaseAscPositionAsc();

}
