package org.postpartumback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.postpartumback.guide.SiteMap;
import org.postpartumback.language.Addresses;
import org.postpartumback.language.Language;
import org.postpartumback.language.Languages;
import org.postpartumback.language.Localized;
import org.postpartumback.routine.Routine;
import org.postpartumback.routine.Routines;
import org.postpartumback.system.KeptPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which answers are kept in memory after their first request ({@link KeptPages}), in one place: in every language,
 * every page of the site map, and every canonical routine, printout, guided session and PDF on each paper (a finite
 * set: each choice of warm-ups and exercises). The calendar reminder reads its query string but is made for each
 * request (its time of day is the reader's own). A new route is one line here: in {@code readsQuery} if its page
 * depends on query parameters (a test fails if a controller reads parameters on a route not declared), in
 * {@code kept} for its addresses.
 */
@Configuration(proxyBeanMethods = false)
class KeptPagesDeclaration {

	@Bean
	KeptPages keptPages(SiteMap siteMap, Localized<Routines> routines, Languages languages, Addresses addresses) {
		List<Routine> everyRoutine = routines.original().everyChoice();
		Set<String> routineChoice = Set.of(Routine.WARM_UP_PARAM, Routine.EXERCISE_PARAM);
		Map<String, Set<String>> readsQuery = new HashMap<>();
		List<String> kept = new ArrayList<>();
		for (Language language : languages.all()) {
			UnaryOperator<String> in = address -> addresses.localize(address, language);
			readsQuery.put(in.apply("/routine"), routineChoice);
			readsQuery.put(in.apply("/routine/print"), routineChoice);
			readsQuery.put(in.apply("/routine/session"), routineChoice);
			readsQuery.put(in.apply(Routine.PDF_PATH),
					Set.of(Routine.WARM_UP_PARAM, Routine.EXERCISE_PARAM, Routine.PAPER_PARAM));
			readsQuery.put(in.apply(Routine.REMINDER_PATH),
					Set.of(Routine.WARM_UP_PARAM, Routine.EXERCISE_PARAM, Routine.TIME_PARAM));
			Stream.of(siteMap.paths().stream(), everyRoutine.stream().map(Routine::path),
					everyRoutine.stream().map(Routine::printPath), everyRoutine.stream().map(Routine::sessionPath),
					everyRoutine.stream().flatMap(routine -> Routine.PAPERS.stream().map(routine::pdfPath)))
				.flatMap(paths -> paths)
				.map(in)
				.forEach(kept::add);
		}
		return new KeptPages(readsQuery, kept);
	}

}
