package org.postpartumback.urls;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postpartumback.LiveSite;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.Shutdown;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator relies on: health probes, build info, nothing else exposed, a clear start-up line. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class OperationsTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final LiveSite site;

	private final int port;

	private final ServerProperties server;

	private final ReadyLog readyLog;

	OperationsTests(@LocalServerPort int port, ServerProperties server, ReadyLog readyLog) {
		this.site = new LiveSite(port);
		this.port = port;
		this.server = server;
		this.readyLog = readyLog;
	}

	@Test
	void healthLivenessAndReadinessAreUpWithoutDetails() {
		for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
			HttpResponse<String> response = site.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			JsonNode health = json.readTree(response.body());
			assertThat(health.get("status").asString()).as(path).isEqualTo("UP");
			assertThat(health.has("components")).as(path + ": no details").isFalse();
			assertThat(response.headers().map()).as(path).doesNotContainKey("set-cookie");
		}
	}

	@Test
	void infoNamesTheBuild() {
		HttpResponse<String> response = site.get("/actuator/info");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode build = json.readTree(response.body()).get("build");
		assertThat(build.get("artifact").asString()).isEqualTo("postpartum-back-guide");
		assertThat(build.get("version").asString()).isNotBlank();
	}

	@Test
	void everyOtherActuatorEndpointIsNotFound() {
		for (String endpoint : List.of("env", "beans", "configprops", "mappings", "loggers", "metrics", "heapdump",
				"threaddump", "conditions", "scheduledtasks", "flyway", "sbom", "startup", "caches")) {
			String path = "/actuator/" + endpoint;
			assertThat(site.get(path).statusCode()).as(path).isEqualTo(404);
		}
		HttpResponse<String> shutdown = site.send(site.request("/actuator/shutdown")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(shutdown.statusCode()).as("POST /actuator/shutdown").isEqualTo(404);
	}

	@Test
	void h2ConsoleIsOff() {
		assertThat(site.get("/h2-console").statusCode()).isEqualTo(404);
		assertThat(site.get("/h2-console/login.jsp").statusCode()).isEqualTo(404);
	}

	@Test
	void shutdownIsGraceful() {
		assertThat(server.getShutdown()).isEqualTo(Shutdown.GRACEFUL);
	}

	@Test
	void readyLineNamesTheLocalAndThePublicAddress(ConfigurableApplicationContext context, CapturedOutput output) {
		readyLog.onApplicationEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
		assertThat(output.getOut()).contains("Postpartum Back Guide is ready at http://localhost:" + port
				+ " (public base URL: http://localhost:8080)");
	}

}
