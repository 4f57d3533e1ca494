package org.postpartumback.guide;

import java.util.List;

import org.springframework.data.repository.Repository;

interface WarningSignRepository extends Repository<WarningSign, Integer> {

	List<WarningSign> findAllByOrderByPosition();

}
