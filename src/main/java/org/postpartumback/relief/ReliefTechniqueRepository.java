package org.postpartumback.relief;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ReliefTechniqueRepository extends Repository<ReliefTechnique, Integer> {

	List<ReliefTechnique> findAllByOrderByPosition();

}
