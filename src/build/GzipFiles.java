import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a gzip copy ({@code name.gz}, tightest compression, no name or time stamp) next to every file under a
 * directory whose name ends with one of the given extensions. Run by the build (pom.xml, {@code process-resources})
 * with the JDK alone, so it works on any OS.
 *
 * <pre>java GzipFiles.java DIRECTORY EXTENSION...</pre>
 */
public class GzipFiles {

	public static void main(String[] args) throws IOException {
		Path root = Path.of(args[0]);
		List<String> extensions = List.of(args).subList(1, args.length);
		if (!Files.isDirectory(root)) {
			return;
		}
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = file.getFileName().toString();
				if (extensions.stream().anyMatch(extension -> name.endsWith("." + extension))) {
					gzip(file, file.resolveSibling(name + ".gz"));
				}
			}
		}
	}

	private static void gzip(Path file, Path copy) throws IOException {
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(copy), 8192) {
			{
				def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			Files.copy(file, out);
		}
	}

}
