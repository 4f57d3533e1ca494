package org.postpartumback.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pure logic of the site's scripts (timers, rules, summaries), tested in {@code src/test/js} with Node's own test
 * runner ({@code node --test}), started from here so that {@code ./mvnw verify} runs them on any system without a
 * shell command in the build. It needs the Node.js the browser tests need, and skips or fails as they do.
 */
@ExtendWith(Chromium.class)
class ScriptLogicTests {

	private static final Path TESTS = Path.of("src", "test", "js");

	@Test
	void everyScriptLogicTestPasses() throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Chromium.node().toString(), "--test", "--test-reporter=tap"));
		try (Stream<Path> files = Files.list(TESTS)) {
			files.filter(file -> file.toString().endsWith(".test.js")).sorted().map(Path::toString).forEach(command::add);
		}
		assertThat(command).as("test files in %s", TESTS).hasSizeGreaterThan(3);
		Process node = new ProcessBuilder(command).redirectErrorStream(true).start();
		String report = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(node.waitFor(5, TimeUnit.MINUTES)).as("node --test finished").isTrue();
		assertThat(node.exitValue()).as(report).isZero();
		assertThat(report).as(report).containsPattern("(?m)^# pass [1-9]").containsPattern("(?m)^# fail 0$");
	}

}
