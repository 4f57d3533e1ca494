package org.postpartumback.language;

import java.util.List;

import org.springframework.data.repository.Repository;

interface PathTranslationRepository extends Repository<PathTranslation, TranslationKey> {

	List<PathTranslation> findAll();

}
