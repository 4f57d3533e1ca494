package org.postpartumback.safety;

import java.util.List;

import org.springframework.data.repository.Repository;

interface SafetyNoteRepository extends Repository<SafetyNote, String> {

	List<SafetyNote> findAll();

}
