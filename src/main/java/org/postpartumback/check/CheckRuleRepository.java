package org.postpartumback.check;

import java.util.List;

import org.springframework.data.repository.Repository;

interface CheckRuleRepository extends Repository<CheckRule, Integer> {

	List<CheckRule> findAllByOrderByPosition();

}
