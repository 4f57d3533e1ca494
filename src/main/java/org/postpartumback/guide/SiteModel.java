package org.postpartumback.guide;

import org.postpartumback.exercise.Exercises;
import org.postpartumback.share.AppIcons;
import org.postpartumback.share.PreviewImages;
import org.postpartumback.source.Sources;
import org.postpartumback.system.PublicUrls;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the layout's {@link Site} in the model of every page, error pages included. */
@ControllerAdvice
class SiteModel {

	private final Site site;

	SiteModel(PublicUrls urls, PreviewImages previews, Sources sources, ReviewProperties review, Exercises exercises,
			MessageSource messages, AppIcons icons) {
		this.site = new Site(urls, previews, sources, review,
				new StructuredData(urls, exercises, review, messages, sources.updatedOn()), icons);
	}

	@ModelAttribute("site")
	Site site() {
		return site;
	}

}
