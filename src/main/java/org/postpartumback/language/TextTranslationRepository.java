package org.postpartumback.language;

import java.util.List;

import org.springframework.data.repository.Repository;

interface TextTranslationRepository extends Repository<TextTranslation, TextTranslation.Key> {

	List<TextTranslation> findAll();

}
