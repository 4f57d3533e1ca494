package org.postpartumback.safety;

import java.util.List;

import org.springframework.data.repository.Repository;

interface SafetyCautionRepository extends Repository<SafetyCaution, SafetyCaution.Key> {

	List<SafetyCaution> findAll();

}
