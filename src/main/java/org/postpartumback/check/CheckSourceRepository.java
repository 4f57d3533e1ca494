package org.postpartumback.check;

import java.util.List;

import org.springframework.data.repository.Repository;

interface CheckSourceRepository extends Repository<CheckSource, String> {

	List<CheckSource> findAllByOrderByPosition();

}
