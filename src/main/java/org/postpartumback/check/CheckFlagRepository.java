package org.postpartumback.check;

import java.util.List;

import org.springframework.data.repository.Repository;

interface CheckFlagRepository extends Repository<CheckFlag, String> {

	List<CheckFlag> findAllByOrderByPosition();

}
