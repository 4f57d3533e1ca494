package org.postpartumback.safety;

import java.util.List;
import org.postpartumback.language.Translations;
import org.postpartumback.language.Languages;
import org.postpartumback.language.Localized;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the safety notes once, at start-up. */
@Configuration(proxyBeanMethods = false)
class SafetyContent {

	@Bean
	Localized<SafetyNotes> safetyNotes(SafetyNoteRepository notes, SafetyCautionRepository cautions, Languages languages,
			Translations translations) {
		List<SafetyNote> rows = notes.findAll();
		List<SafetyCaution> cautionRows = cautions.findAll().stream()
			.sorted(java.util.Comparator.comparingInt(SafetyCaution::position)).toList();
		return Localized.build(languages, translations, t -> new SafetyNotes(rows.stream()
			.collect(Collectors.toMap(SafetyNote::slug, note -> note.toView(t, cautionRows.stream()
				.filter(caution -> caution.slug().equals(note.slug())).map(caution -> caution.toView(t)).toList())))));
	}

}
