package org.postpartumback.errors;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.postpartumback.LiveSite;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure inside the app renders the 5xx page in the site layout, without a trace. It needs a controller that
 * fails, so it runs in a context of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ServerErrorPageTests.FailingController.class)
class ServerErrorPageTests {

	private final LiveSite site;

	ServerErrorPageTests(@LocalServerPort int port) {
		this.site = new LiveSite(port);
	}

	@Test
	void anUnexpectedFailureRendersTheServerErrorPageWithTheDisclaimer() {
		HttpResponse<String> response = site.get("/test-only/fail");
		assertThat(response.statusCode()).isEqualTo(500);
		Document page = LiveSite.parse(response);
		assertThat(page.select("h1").text()).isEqualTo("Something went wrong on our side");
		assertThat(page.select("footer .disclaimer").text()).contains("not medical advice");
		assertThat(page.select("main a[href=/]")).isNotEmpty();
		assertThat(response.body()).doesNotContain("IllegalStateException", "secret detail", "at org.");
	}

	@TestConfiguration(proxyBeanMethods = false)
	@RestController
	static class FailingController {

		@GetMapping("/test-only/fail")
		String fail() {
			throw new IllegalStateException("secret detail");
		}

	}

}
