package org.postpartumback.layout;

import java.time.LocalDate;
import java.util.List;

import org.postpartumback.language.Addresses;
import org.postpartumback.language.Language;
import org.postpartumback.share.PreviewImage;
import org.postpartumback.share.PreviewImages;
import org.postpartumback.source.SourceView;
import org.postpartumback.source.Sources;
import org.postpartumback.urls.PublicUrls;
import org.springframework.context.MessageSource;

/**
 * What the layout shows around every page, in the page's language: absolute links built from the public base URL,
 * the page's addresses in the other languages, the link-preview image of a page, when the content was last updated
 * (or reviewed, when a review is configured), the public-health sources behind the safety guidance, and the page's
 * structured data. Handed to every template as {@code site} by {@link SiteModel}, so no template reaches into a bean
 * by name.
 */
public final class Site {

	private final Language language;

	private final List<Language> languages;

	private final PublicUrls urls;

	private final Addresses addresses;

	private final MessageSource messages;

	private final PreviewImages previews;

	private final LocalDate updatedOn;

	private final ReviewProperties review;

	private final List<SourceView> safetySources;

	private final StructuredData structuredData;

	private final String favicon;

	Site(Language language, List<Language> languages, PublicUrls urls, Addresses addresses, MessageSource messages,
			PreviewImages previews, Sources sources, ReviewProperties review, StructuredData structuredData,
			String favicon) {
		this.language = language;
		this.languages = List.copyOf(languages);
		this.urls = urls;
		this.addresses = addresses;
		this.messages = messages;
		this.previews = previews;
		this.updatedOn = sources.updatedOn();
		this.review = review;
		this.safetySources = sources.safety();
		this.structuredData = structuredData;
		this.favicon = favicon;
	}

	/** The page's language. */
	public Language language() {
		return language;
	}

	/** The favicon as a {@code data:} URI, so that it costs a first visit no request. */
	public String favicon() {
		return favicon;
	}

	/** The site's own address, for example {@code https://example.org}. */
	public String base() {
		return urls.base();
	}

	/** The absolute URL, in the page's language, of a site path such as {@code /exercises/banded-as}. */
	public String absolute(String path) {
		return urls.absolute(path, language);
	}

	/** A slug or other query value as the page's language writes it in an address, for a form's field. */
	public String word(String english) {
		return addresses.word(english, language);
	}

	/** The page at {@code path} in every language, for {@code hreflang}; the first is the original (x-default). */
	public List<Alternate> alternates(String path) {
		return languages.stream().map(other -> alternate(path, other)).toList();
	}

	/** The page at {@code path} in the languages other than the page's, for the language switch. */
	public List<Alternate> otherLanguages(String path) {
		return languages.stream().filter(other -> !other.equals(language)).map(other -> alternate(path, other)).toList();
	}

	private Alternate alternate(String path, Language other) {
		String address = addresses.localize(path, other);
		return new Alternate(other, address, urls.absolute(address),
				messages.getMessage("language.read", null, other.locale()));
	}

	/** The link-preview image of an exercise by its slug; the guide's own for {@code null}. */
	public PreviewImage preview(String key) {
		return previews.forKey(key, language);
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

	/**
	 * A page in one language: its address on this site, its absolute URL, and the words that offer it, written in
	 * that language ("Leer en español").
	 */
	public record Alternate(Language language, String address, String url, String label) {
	}

}
