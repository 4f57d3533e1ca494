package org.postpartumback.figure;

import java.util.Locale;
import org.postpartumback.language.Localized;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Hands every page the figure catalogue as {@code figures}, so that the templates of exercises, relief, the home page
 * and the printout can draw a figure by slug without each controller passing it on.
 */
@ControllerAdvice
class FigureModel {

	private final Localized<Figures> figures;

	FigureModel(Localized<Figures> figures) {
		this.figures = figures;
	}

	@ModelAttribute("figures")
	Figures figures(Locale locale) {
		return figures.in(locale);
	}

}
