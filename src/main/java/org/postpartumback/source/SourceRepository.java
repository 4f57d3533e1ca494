package org.postpartumback.source;

import java.util.List;

import org.springframework.data.repository.Repository;

interface SourceRepository extends Repository<Source, Integer> {

	List<Source> findAllByOrderById();

}
