package org.postpartumback.routine;

import java.util.Locale;
import org.postpartumback.language.Localized;
import java.util.List;

import org.postpartumback.guide.Guide;
import org.postpartumback.share.QrCodes;
import org.postpartumback.urls.PublicUrls;
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

	private final Localized<Routines> routines;

	private final QrCodes qrCodes;

	private final PublicUrls urls;

	private final Localized<Guide> guide;

	RoutineController(Localized<Routines> routines, QrCodes qrCodes, PublicUrls urls, Localized<Guide> guide) {
		this.guide = guide;
		this.routines = routines;
		this.qrCodes = qrCodes;
		this.urls = urls;
	}

	@GetMapping("/routine")
	String routine(@RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model) {
		Routines routines = this.routines.in(locale);
		Routine routine = routines.parse(parameters);
		model.addAttribute("routine", routine);
		model.addAttribute("canonicalPath", routine.isEmpty() ? "/routine" : routine.path());
		model.addAttribute("presets",
				List.of(new Preset("full", routines.full()), new Preset("feedingBreak", routines.feedingBreak())));
		model.addAttribute("warmUps", routines.warmUps());
		model.addAttribute("exercises", routines.exercises());
		return "routine/show";
	}

	/** The printout; without choices it prints the full routine. */
	@GetMapping("/routine/print")
	String print(@RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model) {
		Routines routines = this.routines.in(locale);
		Guide guide = this.guide.in(locale);
		Routine chosen = routines.parse(parameters);
		Routine full = routines.full();
		Routine routine = chosen.isEmpty() ? new Routine(full.warmUps(), full.exercises(), chosen.ignored()) : chosen;
		model.addAttribute("routine", routine);
		model.addAttribute("canonicalPath", chosen.isEmpty() ? "/routine/print" : routine.printPath());
		String routineUrl = urls.absolute(routine.path(), locale);
		model.addAttribute("routineUrl", routineUrl);
		model.addAttribute("qrCode", qrCodes.pngDataUri(routineUrl));
		model.addAttribute("emergencySigns", guide.printed(Guide.Urgency.EMERGENCY));
		model.addAttribute("todaySigns", guide.printed(Guide.Urgency.CLINICIAN));
		model.addAttribute("helpUrl", urls.absolute("/when-to-get-help", locale));
		return "routine/print";
	}

}
