package org.postpartumback;

import java.util.List;
import java.util.function.UnaryOperator;

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
 * request (its time of day is the reader's own). A new route is one line here: {@code readsQuery} if its page
 * depends on query parameters (a test fails if a controller reads parameters on a route not declared), {@code keep}
 * for its addresses.
 */
@Configuration(proxyBeanMethods = false)
class KeptPagesDeclaration {

	@Bean
	KeptPages keptPages(SiteMap siteMap, Localized<Routines> routines, Languages languages, Addresses addresses) {
		List<Routine> everyRoutine = routines.original().everyChoice();
		KeptPages.Builder kept = KeptPages.builder();
		for (Language language : languages.all()) {
			UnaryOperator<String> in = address -> addresses.localize(address, language);
			kept.readsQuery(in.apply("/routine"), Routine.WARM_UP_PARAM, Routine.EXERCISE_PARAM)
				.readsQuery(in.apply("/routine/print"), Routine.WARM_UP_PARAM, Routine.EXERCISE_PARAM)
				.readsQuery(in.apply("/routine/session"), Routine.WARM_UP_PARAM, Routine.EXERCISE_PARAM)
				.readsQuery(in.apply(Routine.PDF_PATH), Routine.WARM_UP_PARAM, Routine.EXERCISE_PARAM,
						Routine.PAPER_PARAM)
				.readsQuery(in.apply(Routine.REMINDER_PATH), Routine.WARM_UP_PARAM, Routine.EXERCISE_PARAM,
						Routine.TIME_PARAM)
				.keep(siteMap.paths().stream().map(in))
				.keep(everyRoutine.stream().map(Routine::path).map(in))
				.keep(everyRoutine.stream().map(Routine::printPath).map(in))
				.keep(everyRoutine.stream().map(Routine::sessionPath).map(in))
				.keep(everyRoutine.stream()
					.flatMap(routine -> Routine.PAPERS.stream().map(routine::pdfPath))
					.map(in));
		}
		return kept.build();
	}

}
