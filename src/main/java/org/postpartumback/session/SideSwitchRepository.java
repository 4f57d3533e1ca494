package org.postpartumback.session;

import java.util.List;

import org.springframework.data.repository.Repository;

interface SideSwitchRepository extends Repository<SideSwitch, String> {

	List<SideSwitch> findAll();

}
