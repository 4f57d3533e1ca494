package org.postpartumback.session;

import org.postpartumback.language.Translator;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
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

/** How the session times a relief technique, as stored by the migrations. Read once at start-up. */
@Entity
class ReliefTimer {

	enum Kind {

		MINUTES, COUNT

	}

	@Id
	private String techniqueSlug;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private Integer alertMinutes;

	private Integer endMinutes;

	private Integer stopMinutes;

	private Integer eachCount;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "relief_timer_movement", joinColumns = @JoinColumn(name = "technique_slug"))
	@OrderBy("position")
	@Fetch(FetchMode.SUBSELECT)
	private List<Movement> movements = new ArrayList<>();

	protected ReliefTimer() {
	}

	String techniqueSlug() {
		return techniqueSlug;
	}

	Timer toTimer(Translator t) {
		return kind == Kind.MINUTES ? Timer.minutes(alertMinutes, endMinutes, stopMinutes)
				: Timer.count(eachCount, movements.stream()
					.map(movement -> t.row("relief_timer_movement", techniqueSlug + "." + movement.position)
						.text("text", movement.text))
					.toList());
	}

	@Embeddable
	static class Movement {

		private int position;

		private String text;

	}

}
