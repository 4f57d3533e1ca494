package org.postpartumback.routine;

import java.util.List;

import org.postpartumback.share.QrCodes;
import org.postpartumback.system.PublicUrls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Builds a routine from the URL's choices and shows it on screen or as a one-page printout. Plain GET: it works
 * without JavaScript, and a routine can be bookmarked and shared like any page.
 */
@Controller
class RoutineController {

	private final Routines routines;

	private final QrCodes qrCodes;

	private final PublicUrls urls;

	private final List<Preset> presets;

	RoutineController(Routines routines, QrCodes qrCodes, PublicUrls urls) {
		this.routines = routines;
		this.qrCodes = qrCodes;
		this.urls = urls;
		this.presets = List.of(new Preset("full", routines.full()), new Preset("feedingBreak", routines.feedingBreak()));
	}

	@GetMapping("/routine")
	String routine(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		Routine routine = routines.parse(parameters);
		model.addAttribute("routine", routine);
		model.addAttribute("canonicalPath", routine.isEmpty() ? "/routine" : routine.path());
		model.addAttribute("presets", presets);
		model.addAttribute("warmUps", routines.warmUps());
		model.addAttribute("exercises", routines.exercises());
		return "routine/show";
	}

	/** The printout; without choices it prints the full routine. */
	@GetMapping("/routine/print")
	String print(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		Routine chosen = routines.parse(parameters);
		Routine full = routines.full();
		Routine routine = chosen.isEmpty() ? new Routine(full.warmUps(), full.exercises(), chosen.ignored()) : chosen;
		model.addAttribute("routine", routine);
		model.addAttribute("canonicalPath", chosen.isEmpty() ? "/routine/print" : routine.printPath());
		model.addAttribute("routineUrl", urls.absolute(routine.path()));
		model.addAttribute("qrCode", qrCodes.pngDataUri(urls.absolute(routine.path())));
		return "routine/print";
	}

}
