package org.postpartumback.offline;

import java.util.Locale;
import org.postpartumback.language.Localized;
import org.postpartumback.language.Languages;
import org.postpartumback.language.Language;
import org.postpartumback.language.Addresses;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.postpartumback.exercise.Exercises;
import org.postpartumback.routine.Routines;
import org.postpartumback.layout.SiteMap;
import org.postpartumback.share.AppIcons;
import org.postpartumback.urls.PublicUrls;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * What makes the guide an installable app that reads offline: the web app manifest, its icons, the service worker
 * and the page the worker shows for an address it does not have.
 */
@Controller
class OfflineController {

	static final MediaType MANIFEST_TYPE = MediaType.parseMediaType("application/manifest+json");

	static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

	/** The icon's green in the browser's bar on a light system, the dark page colour on a dark one. */
	static final String THEME_LIGHT = AppIcons.BACKGROUND;

	static final String BACKGROUND_LIGHT = "#fbf8f4";

	private final OfflineKit kit;

	private final AppIcons icons;

	private final Localized<Exercises> exercises;

	private final Languages languages;

	private final Addresses addresses;

	private final MessageSource messages;

	OfflineController(AppIcons icons, Localized<Exercises> exercises, MessageSource messages, SiteMap siteMap,
			ResourceUrlProvider mvcResourceUrlProvider, JsonMapper json, PublicUrls urls,
			ObjectProvider<BuildProperties> build, Languages languages, Addresses addresses, Localized<Routines> routines) {
		this.kit = new OfflineKit(siteMap, icons, mvcResourceUrlProvider, json, urls, build, languages, addresses,
				routines);
		this.languages = languages;
		this.addresses = addresses;
		this.icons = icons;
		this.exercises = exercises;
		this.messages = messages;
	}

	@GetMapping(OfflineKit.MANIFEST)
	ResponseEntity<Map<String, Object>> manifest(Locale locale) {
		Language language = this.languages.of(locale);
		String home = this.addresses.localize("/", language);
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("id", home);
		manifest.put("name", message("site.name"));
		manifest.put("short_name", message("offline.manifest.shortName"));
		manifest.put("description", message("offline.manifest.description"));
		manifest.put("lang", language.code());
		manifest.put("start_url", home);
		manifest.put("scope", "/");
		manifest.put("display", "standalone");
		manifest.put("theme_color", THEME_LIGHT);
		manifest.put("background_color", BACKGROUND_LIGHT);
		manifest.put("icons", this.icons.icons()
			.stream()
			.map(icon -> new ManifestIcon(icon.path(), icon.size() + "x" + icon.size(), "image/png",
					icon.maskable() ? "maskable" : "any"))
			.toList());
		return ResponseEntity.ok().contentType(MANIFEST_TYPE).cacheControl(CacheControl.noCache()).body(manifest);
	}

	@GetMapping("/icons/{file:[a-z0-9-]+\\.png}")
	ResponseEntity<byte[]> icon(@PathVariable String file) {
		AppIcons.Icon icon = this.icons.find(file).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.body(icon.png());
	}

	/**
	 * The worker's script, at the root so that its scope is the whole guide. Browsers check it for a new release on
	 * every visit; its ETag is its version.
	 */
	@GetMapping("/sw.js")
	ResponseEntity<byte[]> serviceWorker(WebRequest request) {
		OfflineKit.Script script = this.kit.script();
		String etag = "\"" + script.version() + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(JAVASCRIPT)
			.cacheControl(CacheControl.noCache())
			.eTag(etag)
			.body(script.body());
	}

	@GetMapping(OfflineKit.OFFLINE_PAGE)
	String offline(Locale locale, Model model) {
		model.addAttribute("exercises", this.exercises.in(locale).all());
		model.addAttribute("pages", List.of(new Link("/", "layout.nav.home"),
				new Link("/exercises", "layout.nav.exercises"), new Link("/causes", "layout.nav.causes"),
				new Link("/relief", "layout.nav.relief"), new Link("/routine", "layout.nav.routine"),
				new Link("/routine/print", "offline.page.printout"),
				new Link("/routine/session", "offline.page.session"), new Link("/before-you-start", "check.title"),
				new Link("/diary", "diary.title"),
				new Link("/when-to-get-help", "layout.nav.help"),
				new Link("/about", "layout.nav.about")));
		return "offline/show";
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	/** An icon as the manifest lists it. */
	record ManifestIcon(String src, String sizes, String type, String purpose) {
	}

	/** A link to a kept page and the message key of its name. */
	record Link(String path, String key) {
	}

}
