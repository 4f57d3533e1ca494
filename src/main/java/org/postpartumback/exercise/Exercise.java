package org.postpartumback.exercise;

import org.postpartumback.language.Translator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/** An exercise as stored by the migrations. Read once at start-up and turned into an {@link ExerciseView}. */
@Entity
class Exercise {

	@Id
	private Integer id;

	private String slug;

	private int position;

	private String name;

	@Enumerated(EnumType.STRING)
	private ExerciseKind kind;

	private String summary;

	private String targets;

	private String whyItHelps;

	private String equipment;

	private String startingPosition;

	private String keyCue;

	private String commonMistake;

	private String whenToStop;

	private boolean feedingBreak;

	private String feedingBreakNote;

	private int sourceId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "exercise_step", joinColumns = @JoinColumn(name = "exercise_id"))
	@OrderBy("position")
	@Fetch(FetchMode.SUBSELECT)
	private List<Step> steps = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "exercise_cue", joinColumns = @JoinColumn(name = "exercise_id"))
	@OrderBy("position")
	@Fetch(FetchMode.SUBSELECT)
	private List<Line> cues = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "exercise_substitute", joinColumns = @JoinColumn(name = "exercise_id"))
	@OrderBy("position")
	@Fetch(FetchMode.SUBSELECT)
	private List<Line> substitutes = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "exercise_dose", joinColumns = @JoinColumn(name = "exercise_id"))
	@OrderBy("position")
	@Fetch(FetchMode.SUBSELECT)
	private List<DoseRow> doses = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "exercise_cause", joinColumns = @JoinColumn(name = "exercise_id"))
	@Column(name = "cause_id")
	@Fetch(FetchMode.SUBSELECT)
	private Set<Integer> causeIds = new LinkedHashSet<>();

	protected Exercise() {
	}

	Integer id() {
		return id;
	}

	String slug() {
		return slug;
	}

	ExerciseView toView(Translator t) {
		Translator.Row row = t.row("exercise", slug);
		return new ExerciseView(slug, position, row.text("name", name), kind, row.text("summary", summary),
				row.text("targets", targets), row.text("why_it_helps", whyItHelps), row.text("equipment", equipment),
				row.text("starting_position", startingPosition),
				steps.stream()
					.map(s -> new ExerciseView.Step(line(t, "exercise_step", s.position, s.text), s.keyStep))
					.toList(),
				cues.stream().map(c -> line(t, "exercise_cue", c.position, c.text)).toList(),
				substitutes.stream().map(s -> line(t, "exercise_substitute", s.position, s.text)).toList(),
				doses.stream().map(d -> d.toDose(t.row("exercise_dose", slug + "." + d.position))).toList(),
				row.text("key_cue", keyCue), row.text("common_mistake", commonMistake),
				row.text("when_to_stop", whenToStop), feedingBreak, row.text("feeding_break_note", feedingBreakNote),
				causeIds.stream().sorted().toList(), sourceId);
	}

	private String line(Translator t, String table, int position, String text) {
		return t.row(table, slug + "." + position).text("text", text);
	}

	@Embeddable
	static class Step {

		private int position;

		private String text;

		private boolean keyStep;

	}

	@Embeddable
	static class Line {

		private int position;

		private String text;

	}

	@Embeddable
	static class DoseRow {

		private int position;

		private Integer reps;

		private Integer holdMinSeconds;

		private Integer holdMaxSeconds;

		private Integer tempoOutSeconds;

		private Integer tempoBackSeconds;

		private String note;

		Dose toDose(Translator.Row row) {
			return new Dose(reps, holdMinSeconds, holdMaxSeconds, tempoOutSeconds, tempoBackSeconds,
					row.text("note", note));
		}

	}

}
