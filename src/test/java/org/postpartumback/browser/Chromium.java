package org.postpartumback.browser;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one headless Chromium of the whole test run: the system's Chromium or Chrome (Debian's
 * {@code chromium-headless-shell} package on CI, else {@code chromium}; the usual install places on macOS and Windows) driven by Playwright with the system's Node.js, so
 * nothing is downloaded. Launched on first use, closed when the JVM exits.
 * <p>
 * As a JUnit extension ({@code @ExtendWith(Chromium.class)}) it skips a test class when there is no Chromium or
 * Node.js 20+ on the machine, with one message naming what to install on that system; with {@code CI=true} a missing browser
 * fails the class instead, so CI can never pass by skipping the browser tests. {@code CHROMIUM_PATH} and
 * {@code PLAYWRIGHT_NODEJS_PATH} point at programs outside the PATH.
 */
final class Chromium implements ExecutionCondition {

	/** What to install, said for the system the tests run on. */
	static final String INSTALL = install(System.getProperty("os.name", "").toLowerCase(Locale.ROOT));

	/** Flags that keep Chromium from talking to anything but the page it is shown. */
	private static final List<String> QUIET_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
			"--disable-sync");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		Optional<String> missing = Installation.MISSING;
		if (missing.isEmpty()) {
			return ConditionEvaluationResult.enabled("Chromium " + Installation.CHROMIUM);
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("Browser tests cannot run, and with CI=true they must: " + missing.get());
		}
		String message = "Browser tests skipped: " + missing.get();
		if (Installation.TOLD.compareAndSet(false, true)) {
			System.err.println(message);
		}
		return ConditionEvaluationResult.disabled(message);
	}

	private static String install(String os) {
		if (os.contains("mac")) {
			return "brew install --cask chromium (or install Google Chrome) and brew install node";
		}
		if (os.contains("win")) {
			return "winget install Google.Chrome OpenJS.NodeJS.LTS";
		}
		return "apt-get install -y chromium-headless-shell nodejs (Debian/Ubuntu; chromium also works), or your distribution's Chromium and Node.js 20+";
	}

	/** The Node.js the browser tests run Playwright's driver on; the script tests run on it too. */
	static Path node() {
		return Installation.NODE;
	}

	/** The shared browser; each test opens its own contexts in it ({@link Tab}). */
	static Browser browser() {
		return Launched.BROWSER;
	}

	/**
	 * A browser with a profile of its own in {@code userDataDir}, as a person's browser is: some browser features,
	 * such as installing a web app, are off in the shared browser's contexts, which are all private (incognito).
	 * Closing the context closes that browser.
	 */
	static BrowserContext persistentContext(Path userDataDir, Device device) {
		Browser.NewContextOptions options = device.contextOptions();
		return Launched.PLAYWRIGHT.chromium()
			.launchPersistentContext(userDataDir,
					new BrowserType.LaunchPersistentContextOptions().setExecutablePath(Installation.CHROMIUM)
						.setHeadless(true)
						.setArgs(QUIET_FLAGS)
						.setViewportSize(options.viewportSize.get())
						.setIsMobile(options.isMobile)
						.setHasTouch(options.hasTouch)
						.setDeviceScaleFactor(options.deviceScaleFactor)
						.setLocale(options.locale));
	}

	/** What is installed, looked up once. */
	private static final class Installation {

		static final Path CHROMIUM = Optional.ofNullable(System.getenv("CHROMIUM_PATH"))
			.map(Path::of)
			.orElseGet(() -> Optional.ofNullable(onPath("chromium-headless-shell", "chromium", "chromium-browser", "google-chrome",
					"google-chrome-stable", "chrome.exe"))
				.orElseGet(Installation::inUsualPlace));

		static final Path NODE = Optional.ofNullable(System.getenv("PLAYWRIGHT_NODEJS_PATH"))
			.map(Path::of)
			.orElseGet(() -> onPath("node", "node.exe"));

		static final Optional<String> MISSING = missing();

		/** The skip message is printed once, however many classes skip. */
		static final AtomicBoolean TOLD = new AtomicBoolean();

		private static Optional<String> missing() {
			if (CHROMIUM == null || !Files.isExecutable(CHROMIUM)) {
				return Optional.of("no Chromium found ("
						+ ((CHROMIUM != null) ? CHROMIUM : "chromium on the PATH") + "). Install it with: " + INSTALL);
			}
			String node = (NODE != null && Files.isExecutable(NODE)) ? version(NODE) : "";
			if (!node.matches("v(2\\d|[3-9]\\d|\\d{3,})\\..*")) {
				return Optional.of("Playwright needs Node.js 20 or newer ("
						+ ((NODE != null) ? (NODE + (node.isEmpty() ? "" : " is " + node)) : "node on the PATH")
						+ "). Install it, and Chromium with: "
						+ INSTALL);
			}
			return Optional.empty();
		}

		private static String version(Path program) {
			try {
				Process process = new ProcessBuilder(program.toString(), "--version").redirectErrorStream(true).start();
				String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
				return (process.waitFor() == 0) ? version : "";
			}
			catch (IOException ex) {
				return "";
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return "";
			}
		}

		/** Where the macOS and Windows installers put Chromium or Chrome. */
		private static Path inUsualPlace() {
			Stream<String> macOs = Stream.of("/Applications/Chromium.app/Contents/MacOS/Chromium",
					"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
			Stream<String> windows = Stream.of("ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA")
				.map(System::getenv)
				.filter(dir -> dir != null && !dir.isBlank())
				.flatMap(dir -> Stream.of(dir + "\\Chromium\\Application\\chrome.exe",
						dir + "\\Google\\Chrome\\Application\\chrome.exe"));
			return Stream.concat(macOs, windows).map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
		}

		private static Path onPath(String... names) {
			String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
			return Stream.of(names)
				.flatMap(name -> Stream.of(path.split(File.pathSeparator))
					.filter(dir -> !dir.isBlank())
					.map(dir -> Path.of(dir, name)))
				.filter(Files::isExecutable)
				.findFirst()
				.orElse(null);
		}

	}

	/** Launched on first use (class initialisation is thread-safe and happens once). */
	private static final class Launched {

		static final Playwright PLAYWRIGHT = create();

		static final Browser BROWSER = PLAYWRIGHT.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Installation.CHROMIUM)
				.setHeadless(true)
				.setArgs(QUIET_FLAGS));

		private static Playwright create() {
			if (Installation.MISSING.isPresent()) {
				throw new IllegalStateException("Browser tests cannot run: " + Installation.MISSING.get());
			}
			Playwright playwright = Playwright.create(new Playwright.CreateOptions()
				.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "PLAYWRIGHT_NODEJS_PATH",
						Installation.NODE.toString())));
			Runtime.getRuntime().addShutdownHook(new Thread(playwright::close, "playwright-close"));
			return playwright;
		}

	}

}
