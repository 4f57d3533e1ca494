package org.postpartumback.relief;

import java.util.List;

import org.springframework.data.repository.Repository;

interface DailyModificationRepository extends Repository<DailyModification, Integer> {

	List<DailyModification> findAllByOrderByPosition();

}
