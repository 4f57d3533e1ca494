package org.postpartumback.session;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ReliefTimerRepository extends Repository<ReliefTimer, String> {

	List<ReliefTimer> findAll();

}
