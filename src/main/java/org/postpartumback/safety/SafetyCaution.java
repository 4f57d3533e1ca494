package org.postpartumback.safety;

import org.postpartumback.language.Translator;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** One "not if / not yet" line of an exercise or relief technique, shown wherever the movement is done. */
@Entity
@IdClass(SafetyCaution.Key.class)
class SafetyCaution {

	@Id
	private String slug;

	@Id
	private int position;

	private String text;

	/** The guide's own caution rather than a public page's, so no source line credits it to one. */
	private boolean own;

	protected SafetyCaution() {
	}

	String slug() {
		return slug;
	}

	int position() {
		return position;
	}

	SafetyNotes.Caution toView(Translator t) {
		return new SafetyNotes.Caution(t.row("safety_caution", slug + "." + position).text("text", text), own);
	}

	record Key(String slug, int position) implements java.io.Serializable {

		Key() {
			this(null, 0);
		}

	}

}
