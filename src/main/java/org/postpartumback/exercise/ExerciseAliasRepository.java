package org.postpartumback.exercise;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ExerciseAliasRepository extends Repository<ExerciseAlias, String> {

	List<ExerciseAlias> findAll();

}
