package org.postpartumback.exercise;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ExerciseRepository extends Repository<Exercise, Integer> {

	List<Exercise> findAllByOrderByPosition();

}
