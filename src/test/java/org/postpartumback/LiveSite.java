package org.postpartumback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Plain HTTP requests to the app running on a random port, as a browser would send them. */
public final class LiveSite {

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String origin;

	public LiveSite(int port) {
		this.origin = "http://localhost:" + port;
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	public HttpRequest.Builder request(String path) {
		// Long enough for a PDF made while the other test JVM keeps both cores busy; a hang still fails
		return HttpRequest.newBuilder(URI.create(origin + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
	}

	public HttpResponse<String> send(HttpRequest request) {
		return send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** The response with its body as the exact bytes sent, compressed or not. */
	public HttpResponse<byte[]> sendForBytes(HttpRequest request) {
		return send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
		try {
			return client.send(request, body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static Document parse(HttpResponse<String> response) {
		return Jsoup.parse(response.body(), response.uri().toString());
	}

}
