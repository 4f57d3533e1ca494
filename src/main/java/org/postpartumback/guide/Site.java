package org.postpartumback.guide;

import java.time.LocalDate;

import org.postpartumback.share.AppIcons;
import org.postpartumback.share.PreviewImage;
import org.postpartumback.share.PreviewImages;
import org.postpartumback.source.Sources;
import org.postpartumback.system.PublicUrls;

/**
 * What the layout shows around every page: absolute links built from the public base URL, the link-preview image
 * of a page, and when the content was last updated. Handed to every template as {@code site} by
 * {@link SiteModel}, so no template reaches into a bean by name.
 */
public final class Site {

	private final PublicUrls urls;

	private final PreviewImages previews;

	private final LocalDate updatedOn;

	private final String favicon;

	Site(PublicUrls urls, PreviewImages previews, Sources sources, AppIcons icons) {
		this.urls = urls;
		this.previews = previews;
		this.updatedOn = sources.updatedOn();
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

}
