package org.postpartumback.share;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.postpartumback.exercise.ExerciseView;
import org.postpartumback.exercise.Exercises;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

	PreviewImages(Exercises exercises, MessageSource messages) {
		String siteName = messages.getMessage("site.name", null, LocaleContextHolder.getLocale());
		add(SITE_KEY, new Card(messages.getMessage("share.preview.siteEyebrow", null, LocaleContextHolder.getLocale()),
				messages.getMessage("site.tagline", null, LocaleContextHolder.getLocale()), siteName),
				messages.getMessage("share.preview.siteAlt", new Object[] { siteName },
						LocaleContextHolder.getLocale()));
		for (ExerciseView exercise : exercises.all()) {
			add(exercise.slug(),
					new Card(messages.getMessage("share.preview.exerciseEyebrow", null, LocaleContextHolder.getLocale()),
							exercise.name(), siteName),
					messages.getMessage("share.preview.exerciseAlt", new Object[] { exercise.name(), siteName },
							LocaleContextHolder.getLocale()));
		}
	}

	private void add(String key, Card card, String alt) {
		cards.put(key, card);
		images.put(key, new PreviewImage("/previews/" + key + "-" + card.version() + ".png", PreviewCard.WIDTH,
				PreviewCard.HEIGHT, alt));
	}

	/** The preview of the guide as a whole, for pages without one of their own. */
	public PreviewImage site() {
		return images.get(SITE_KEY);
	}

	/** The preview of an exercise by its slug; the guide's own for {@code null} or any other key. */
	public PreviewImage forKey(String key) {
		return key == null ? site() : images.getOrDefault(key, site());
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

	private record Card(String eyebrow, String title, String siteName) {

		String version() {
			String inputs = String.join("\n", PreviewCard.DESIGN_VERSION, eyebrow, title, siteName);
			return DigestUtils.md5DigestAsHex(inputs.getBytes(StandardCharsets.UTF_8)).substring(0, 10);
		}

		byte[] render() {
			return PreviewCard.render(eyebrow, title, siteName);
		}

	}

}
