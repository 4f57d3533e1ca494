package org.postpartumback.urls;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The build's gzip copies of the static files (pom.xml, src/build/GzipFiles.java): one for every text file. */
class StaticFilesTests {

	private static final List<String> TEXT = List.of(".css", ".js", ".svg", ".html", ".txt", ".xml", ".json",
			".webmanifest", ".mjs", ".map");

	@Test
	void everyStaticTextFileHasAGzipCopyWithTheSameContent() throws IOException, URISyntaxException {
		Path sources = Path.of("src/main/resources/static");
		Path built = Path.of(getClass().getResource("/static").toURI());
		List<Path> textFiles;
		try (Stream<Path> files = Files.walk(sources)) {
			textFiles = files.filter(Files::isRegularFile)
				.filter(file -> TEXT.stream().anyMatch(file.getFileName().toString()::endsWith))
				.toList();
		}
		assertThat(textFiles).isNotEmpty();
		for (Path file : textFiles) {
			Path copy = built.resolve(sources.relativize(file).toString() + ".gz");
			assertThat(copy).as(file + ": its gzip copy (add its extension to the build's list in pom.xml)").exists();
			try (InputStream in = new GZIPInputStream(Files.newInputStream(copy))) {
				assertThat(in.readAllBytes()).as(copy.toString()).isEqualTo(Files.readAllBytes(file));
			}
		}
	}

}
