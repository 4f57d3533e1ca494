package org.postpartumback.language;

import java.util.List;

import org.springframework.data.repository.Repository;

interface TextTranslationRepository extends Repository<TextTranslation, TranslationKey> {

	List<TextTranslation> findAll();

}
