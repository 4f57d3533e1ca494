package org.postpartumback.guide;

import java.time.LocalDate;
import java.util.List;

import org.postpartumback.share.AppIcons;
import org.postpartumback.share.PreviewImage;
import org.postpartumback.share.PreviewImages;
import org.postpartumback.source.SourceView;
import org.postpartumback.source.Sources;
import org.postpartumback.system.PublicUrls;

/**
 * What the layout shows around every page: absolute links built from the public base URL, the link-preview image
 * of a page, when the content was last updated (or reviewed, when a review is configured), the public-health
 * sources behind the safety guidance, and the page's structured data. Handed to every template as {@code site} by
 * {@link SiteModel}, so no template reaches into a bean by name.
 */
public final class Site {

	private final PublicUrls urls;

	private final PreviewImages previews;

	private final LocalDate updatedOn;

	private final ReviewProperties review;

	private final List<SourceView> safetySources;

	private final StructuredData structuredData;

	private final String favicon;

	Site(PublicUrls urls, PreviewImages previews, Sources sources, ReviewProperties review,
			StructuredData structuredData, AppIcons icons) {
		this.urls = urls;
		this.previews = previews;
		this.updatedOn = sources.updatedOn();
		this.review = review;
		this.safetySources = sources.safety();
		this.structuredData = structuredData;
		this.favicon = icons.faviconDataUri();
	}

	/** The favicon as a {@code data:} URI, so that it costs a first visit no request. */
	public String favicon() {
		return favicon;
	}

	/** The site's own address, for example {@code https://example.org}. */
	public String base() {
		return urls.base();
	}

	/** The absolute URL of a site path such as {@code /exercises/banded-as}. */
	public String absolute(String path) {
		return urls.absolute(path);
	}

	/** The link-preview image of an exercise by its slug; the guide's own for {@code null}. */
	public PreviewImage preview(String key) {
		return previews.forKey(key);
	}

	public LocalDate updatedOn() {
		return updatedOn;
	}

	/** The clinical review, when one is configured; check {@link ReviewProperties#configured()}. */
	public ReviewProperties review() {
		return review;
	}

	/** The public-health pages the warning signs and cautions follow (CDC, AWHONN, NHS). */
	public List<SourceView> safetySources() {
		return safetySources;
	}

	/** The page's schema.org JSON-LD; {@code image} is the slug of the exercise a page is about, if any. */
	public String structuredData(String title, String description, String path, String image) {
		return structuredData.page(title, description, path, image);
	}

}
