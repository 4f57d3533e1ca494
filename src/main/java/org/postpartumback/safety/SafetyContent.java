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
	Localized<SafetyNotes> safetyNotes(SafetyNoteRepository notes, Languages languages, Translations translations) {
		List<SafetyNote> rows = notes.findAll();
		return Localized.build(languages, translations, t -> new SafetyNotes(
				rows.stream().collect(Collectors.toMap(SafetyNote::slug, note -> note.toView(t)))));
	}

}
