package org.postpartumback.diary;

import java.util.Locale;

import org.postpartumback.guide.Guide;
import org.postpartumback.language.Localized;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pain diary. The server only renders the empty page and the warning signs of the "I also have…" list: every
 * answer stays in the reader's browser ({@code static/js/diary.js}), so this route reads no parameter and stores
 * nothing.
 */
@Controller
class DiaryController {

	private final Localized<Guide> guide;

	DiaryController(Localized<Guide> guide) {
		this.guide = guide;
	}

	@GetMapping("/diary")
	String diary(Locale locale, Model model) {
		model.addAttribute("levels", guide.in(locale).levels());
		return "diary/show";
	}

}
