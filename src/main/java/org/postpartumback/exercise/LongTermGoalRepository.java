package org.postpartumback.exercise;

import java.util.List;

import org.springframework.data.repository.Repository;

interface LongTermGoalRepository extends Repository<LongTermGoal, Integer> {

	List<LongTermGoal> findAllByOrderByPosition();

}
