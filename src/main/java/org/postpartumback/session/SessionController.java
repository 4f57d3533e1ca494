package org.postpartumback.session;

import java.util.Locale;
import org.postpartumback.language.Localized;
import org.postpartumback.routine.Routine;
import org.postpartumback.routine.Routines;
import org.postpartumback.safety.SafetyNotes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The guided session of a routine or of one exercise ({@code /routine/session?e=banded-as}): the same choices as
 * the routine page. The server renders every step as a readable list; the site's script turns it into a player.
 */
@Controller
class SessionController {

	private final Localized<Routines> routines;

	private final Localized<SafetyNotes> safety;

	private final Localized<Sessions> sessions;

	SessionController(Localized<Routines> routines, Localized<Sessions> sessions, Localized<SafetyNotes> safety) {
		this.safety = safety;
		this.routines = routines;
		this.sessions = sessions;
	}

	/** Without choices it is the full routine, like the printout. */
	@GetMapping("/routine/session")
	String session(@RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model) {
		Routines routines = this.routines.in(locale);
		Routine chosen = routines.parse(parameters);
		Routine full = routines.full();
		Routine routine = chosen.isEmpty() ? new Routine(full.warmUps(), full.exercises(), chosen.ignored()) : chosen;
		model.addAttribute("routine", routine);
		model.addAttribute("steps", sessions.in(locale).steps(routine));
		model.addAttribute("safety", safety.in(locale));
		model.addAttribute("canonicalPath", chosen.isEmpty() ? "/routine/session" : routine.sessionPath());
		model.addAttribute("routinePath", routine.path());
		return "session/show";
	}

}
