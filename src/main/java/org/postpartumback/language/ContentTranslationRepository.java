package org.postpartumback.language;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ContentTranslationRepository extends Repository<ContentTranslation, ContentTranslation.Key> {

	List<ContentTranslation> findAll();

}
