package org.postpartumback.routine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.postpartumback.language.Localized;
import org.postpartumback.pagestore.KeptAddresses;
import org.springframework.stereotype.Component;

/**
 * The routine's answers the page store keeps: every canonical routine, printout, guided session and PDF on each
 * paper (a finite set: each choice of warm-ups and exercises). The calendar reminder reads its query string but is
 * made for each request, since its time of day is the reader's own.
 */
@Component
class RoutineAddresses implements KeptAddresses {

	private static final Set<String> CHOICE = Set.of(Routine.WARM_UP_PARAM, Routine.EXERCISE_PARAM);

	private final List<Routine> everyRoutine;

	RoutineAddresses(Localized<Routines> routines) {
		this.everyRoutine = routines.original().everyChoice();
	}

	@Override
	public Map<String, Set<String>> readsQuery() {
		return Map.of("/routine", CHOICE, "/routine/print", CHOICE, "/routine/session", CHOICE, Routine.PDF_PATH,
				Set.of(Routine.WARM_UP_PARAM, Routine.EXERCISE_PARAM, Routine.PAPER_PARAM), Routine.REMINDER_PATH,
				Set.of(Routine.WARM_UP_PARAM, Routine.EXERCISE_PARAM, Routine.TIME_PARAM));
	}

	@Override
	public List<String> kept() {
		return Stream
			.of(everyRoutine.stream().map(Routine::path), everyRoutine.stream().map(Routine::printPath),
					everyRoutine.stream().map(Routine::sessionPath),
					everyRoutine.stream().flatMap(routine -> Routine.PAPERS.stream().map(routine::pdfPath)))
			.flatMap(paths -> paths)
			.toList();
	}

}
