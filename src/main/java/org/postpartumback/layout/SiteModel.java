package org.postpartumback.layout;

import java.util.Locale;

import org.postpartumback.exercise.Exercises;
import org.postpartumback.language.Addresses;
import org.postpartumback.language.Languages;
import org.postpartumback.language.Localized;
import org.postpartumback.share.AppIcons;
import org.postpartumback.share.PreviewImages;
import org.postpartumback.source.Sources;
import org.postpartumback.urls.PublicUrls;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the layout's {@link Site}, in the page's language, in the model of every page, error pages included. */
@ControllerAdvice
class SiteModel {

	private final Localized<Site> sites;

	SiteModel(PublicUrls urls, PreviewImages previews, Localized<Sources> sources, ReviewProperties review,
			Localized<Exercises> exercises, MessageSource messages, AppIcons icons, Languages languages,
			Addresses addresses) {
		String favicon = icons.faviconDataUri();
		this.sites = Localized.of(languages, language -> new Site(language, languages.all(), urls, addresses, messages,
				previews, sources.in(language), review, new StructuredData(urls, exercises.in(language), review, messages,
						sources.in(language).updatedOn(), language),
				favicon));
	}

	@ModelAttribute("site")
	Site site(Locale locale) {
		return sites.in(locale);
	}

}
