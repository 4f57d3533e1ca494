package org.postpartumback.check;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.postpartumback.language.Translator;

/** One rule of the check: when its condition holds, its items get its verdict, for the reason in its note. */
@Entity
class CheckRule {

	@Id
	private Integer id;

	private int position;

	@Column(name = "condition")
	private String condition;

	private String items;

	@Enumerated(EnumType.STRING)
	private Check.Verdict verdict;

	private String note;

	private String source;

	protected CheckRule() {
	}

	int position() {
		return position;
	}

	String source() {
		return source;
	}

	/** The condition as alternatives (',') of answers that must all hold ('&'; '+' is part of the answer 12m+). */
	List<List<String>> alternatives() {
		return Arrays.stream(condition.split(","))
			.map(String::strip)
			.map(all -> Arrays.stream(all.split("&")).map(String::strip).toList())
			.toList();
	}

	Check.Rule toView(Translator t, Check.Source source) {
		return new Check.Rule(id, alternatives(), Arrays.asList(items.strip().split("\\s+")), verdict,
				t.row("check_rule", id).text("note", note), source);
	}

}
