package org.postpartumback.share;

import java.util.Locale;
import org.postpartumback.language.Localized;
import org.postpartumback.language.Languages;
import org.postpartumback.language.Language;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.postpartumback.exercise.ExerciseView;
import org.postpartumback.exercise.Exercises;
import org.postpartumback.figure.Drawing;
import org.postpartumback.figure.FigureView;
import org.postpartumback.figure.Figures;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

/**
 * The link-preview images: one per exercise and one for the guide as a whole. Each is drawn on first request and
 * kept; its URL carries a hash of what is drawn, so it can be cached for a year and changes when the image does.
 */
@Component
public class PreviewImages {

	static final String SITE_KEY = "guide";

	private final Map<String, Card> cards = new LinkedHashMap<>();

	private final Map<String, PreviewImage> images = new LinkedHashMap<>();

	private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

	PreviewImages(Languages languages, Localized<Exercises> exercises, Localized<Figures> figures,
			MessageSource messages) {
		for (Language language : languages.all()) {
			Locale locale = language.locale();
			String prefix = prefix(language);
			String siteName = messages.getMessage("site.name", null, locale);
			add(prefix + SITE_KEY, new Card(messages.getMessage("share.preview.siteEyebrow", null, locale),
					messages.getMessage("site.tagline", null, locale), siteName, null, ""),
					messages.getMessage("share.preview.siteAlt", new Object[] { siteName }, locale));
			for (ExerciseView exercise : exercises.in(language).all()) {
				FigureView figure = figures.in(language).exercise(exercise.slug());
				// The whole movement in one picture (the end over the outline of the start) says the most at a glance.
				FigureView.Frame frame = figure == null ? null : figure.summary();
				add(prefix + exercise.slug(),
						new Card(messages.getMessage("share.preview.exerciseEyebrow", null, locale), exercise.name(),
								siteName, frame == null ? null : frame.drawing(), frame == null ? "" : frame.shapes()),
						messages.getMessage("share.preview.exerciseAlt", new Object[] { exercise.name(), siteName },
								locale));
			}
		}
	}

	/** Each language's images are named apart: {@code banded-as-...png}, {@code es-banded-as-...png}. */
	private static String prefix(Language language) {
		return language.original() ? "" : language.code() + "-";
	}

	private void add(String key, Card card, String alt) {
		cards.put(key, card);
		images.put(key, new PreviewImage("/previews/" + key + "-" + card.version() + ".png", PreviewCard.WIDTH,
				PreviewCard.HEIGHT, alt));
	}

	/** The preview in a language of an exercise by its slug; the guide's own for {@code null} or any other key. */
	public PreviewImage forKey(String key, Language language) {
		PreviewImage site = images.get(prefix(language) + SITE_KEY);
		return key == null ? site : images.getOrDefault(prefix(language) + key, site);
	}

	/** The PNG bytes for a file name such as {@code banded-as-1a2b3c4d}, if that is a current image. */
	Optional<byte[]> png(String fileName) {
		int dash = fileName.lastIndexOf('-');
		if (dash < 1) {
			return Optional.empty();
		}
		String key = fileName.substring(0, dash);
		Card card = cards.get(key);
		if (card == null || !card.version().equals(fileName.substring(dash + 1))) {
			return Optional.empty();
		}
		return Optional.of(rendered.computeIfAbsent(key, k -> card.render()));
	}

	/** {@code figureShapes} is the figure as written for pages, so that a changed drawing changes the URL. */
	private record Card(String eyebrow, String title, String siteName, Drawing figure, String figureShapes) {

		String version() {
			String inputs = String.join("\n", PreviewCard.DESIGN_VERSION, eyebrow, title, siteName, figureShapes);
			return DigestUtils.md5DigestAsHex(inputs.getBytes(StandardCharsets.UTF_8)).substring(0, 10);
		}

		byte[] render() {
			return PreviewCard.render(eyebrow, title, siteName, figure);
		}

	}

}
