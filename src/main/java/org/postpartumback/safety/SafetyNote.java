package org.postpartumback.safety;

import org.postpartumback.language.Translator;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** What to feel and when to stop for one exercise or relief technique; its cautions are {@link SafetyCaution} rows. */
@Entity
class SafetyNote {

	@Id
	private String slug;

	private String feel;

	private String stop;

	protected SafetyNote() {
	}

	String slug() {
		return slug;
	}

	SafetyNotes.Note toView(Translator t, java.util.List<SafetyNotes.Caution> cautions) {
		Translator.Row row = t.row("safety_note", slug);
		return new SafetyNotes.Note(row.text("feel", feel), row.text("stop", stop), cautions);
	}

}
