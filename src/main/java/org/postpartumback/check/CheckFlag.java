package org.postpartumback.check;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.postpartumback.language.Translator;

/** A sign that calls for help before any exercise, and the level of /when-to-get-help it leads to. */
@Entity
class CheckFlag {

	@Id
	private String slug;

	private int position;

	@Enumerated(EnumType.STRING)
	private Check.Level level;

	private String text;

	private String source;

	protected CheckFlag() {
	}

	int position() {
		return position;
	}

	String source() {
		return source;
	}

	Check.Flag toView(Translator t, Check.Source source) {
		return new Check.Flag(slug, level, t.row("check_flag", slug).text("text", text), source);
	}

}
