package org.postpartumback.offline;

import org.postpartumback.language.Languages;
import org.postpartumback.language.Addresses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.postpartumback.language.Localized;
import org.postpartumback.layout.SiteMap;
import org.postpartumback.routine.Routine;
import org.postpartumback.routine.Routines;
import org.postpartumback.share.AppIcons;
import org.postpartumback.urls.PublicUrls;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.DigestUtils;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the service worker keeps, and the worker's script with that list written in. Made once, on first use (the
 * hashed static URLs are only known once the web layer is up); one per {@link OfflineController}.
 */
class OfflineKit {

	static final String OFFLINE_PAGE = "/offline";

	static final String MANIFEST = "/manifest.webmanifest";

	/**
	 * Pages kept when the reader opens them, with any query string: a routine, its printout and its guided session
	 * ({@code /routine}, {@code /routine/print}, {@code /routine/session}).
	 */
	static final List<String> KEPT_WHEN_OPENED = List.of("/routine");

	private final SiteMap siteMap;

	private final Languages languages;

	private final Localized<Routines> routines;

	private final Addresses addresses;

	private final AppIcons icons;

	private final ResourceUrlProvider resourceUrls;

	private final JsonMapper json;

	private final String build;

	private final SingletonSupplier<Script> script = SingletonSupplier.of(this::makeScript);

	OfflineKit(SiteMap siteMap, AppIcons icons, ResourceUrlProvider mvcResourceUrlProvider, JsonMapper json,
			PublicUrls urls, ObjectProvider<BuildProperties> build, Languages languages, Addresses addresses,
			Localized<Routines> routines) {
		this.siteMap = siteMap;
		this.routines = routines;
		this.languages = languages;
		this.addresses = addresses;
		this.icons = icons;
		this.resourceUrls = mvcResourceUrlProvider;
		this.json = json;
		BuildProperties properties = build.getIfAvailable();
		// Pages carry the public address (canonical links, QR codes), so another address is another release too.
		this.build = ((properties != null) ? properties.getVersion() + "@" + properties.getTime() : "development") + " "
				+ urls.base();
	}

	/** The worker's script; its version is in its body, so a new release is a new script. */
	Script script() {
		return this.script.obtain();
	}

	/**
	 * Every address the worker fetches when it installs: the site map's pages, the guided session behind every "Do it
	 * with me" link, the offline page, static files.
	 */
	List<String> keptUrls() {
		List<String> urls = new ArrayList<>(this.siteMap.everyLanguage());
		urls.addAll(sessions());
		urls.addAll(this.addresses.inEveryLanguage(OFFLINE_PAGE));
		urls.addAll(staticFiles());
		urls.addAll(this.addresses.inEveryLanguage(MANIFEST));
		this.icons.icons().forEach(icon -> urls.add(icon.path()));
		return List.copyOf(urls);
	}

	/** The guided sessions the pages link to, in every language, each once (the full routine's is in the site map). */
	private List<String> sessions() {
		List<String> english = this.routines.original().withSessionLinks().stream().map(Routine::sessionPath).toList();
		return english.stream()
			.flatMap(path -> this.addresses.inEveryLanguage(path).stream())
			.distinct()
			.filter(path -> !this.siteMap.everyLanguage().contains(path))
			.toList();
	}

	/** The offline page of each language, by the start of that language's addresses ({@code /es/}, {@code /}). */
	private Map<String, String> offlinePages() {
		Map<String, String> pages = new LinkedHashMap<>();
		this.languages.all()
			.forEach(language -> pages.put(language.prefix() + "/", this.addresses.localize(OFFLINE_PAGE, language)));
		return pages;
	}

	/** The hashed URL of every stylesheet and script, as pages link them. */
	private List<String> staticFiles() {
		try {
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
			List<String> paths = new ArrayList<>();
			for (String kind : List.of("css", "js")) {
				for (Resource file : resolver.getResources("classpath:static/" + kind + "/*." + kind)) {
					paths.add("/" + kind + "/" + file.getFilename());
				}
			}
			return paths.stream()
				.sorted()
				.map(path -> Objects.requireNonNull(this.resourceUrls.getForLookupPath(path), path))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Script makeScript() {
		List<String> urls = keptUrls();
		String version = DigestUtils
			.md5DigestAsHex((this.build + "\n" + String.join("\n", urls)).getBytes(StandardCharsets.UTF_8))
			.substring(0, 16);
		Map<String, Object> kept = new LinkedHashMap<>();
		kept.put("version", version);
		kept.put("offlinePages", offlinePages());
		kept.put("urls", urls);
		kept.put("whenOpened",
				KEPT_WHEN_OPENED.stream().flatMap(path -> this.addresses.inEveryLanguage(path).stream()).toList());
		try {
			String template = new ClassPathResource("offline/sw.js").getContentAsString(StandardCharsets.UTF_8);
			String body = template.replace("/*KEPT*/{}", this.json.writeValueAsString(kept));
			return new Script(version, body.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Script(String version, byte[] body) {
	}

}
