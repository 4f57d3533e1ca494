package org.postpartumback.safety;

import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the safety notes once, at start-up. */
@Configuration(proxyBeanMethods = false)
class SafetyContent {

	@Bean
	SafetyNotes safetyNotes(SafetyNoteRepository notes) {
		return new SafetyNotes(notes.findAll().stream().collect(Collectors.toMap(SafetyNote::slug, SafetyNote::toView)));
	}

}
