package org.postpartumback.language;

import java.util.List;

import org.springframework.data.repository.Repository;

interface LanguageRepository extends Repository<LanguageRow, String> {

	List<LanguageRow> findAllByOrderByPosition();

}
