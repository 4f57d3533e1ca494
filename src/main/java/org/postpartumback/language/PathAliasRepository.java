package org.postpartumback.language;

import java.util.List;

import org.springframework.data.repository.Repository;

interface PathAliasRepository extends Repository<PathAlias, PathAlias.Key> {

	List<PathAlias> findAll();

}
