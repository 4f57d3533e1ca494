package org.postpartumback.urls;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The public base URL an operator sets: an absolute http(s) address, kept without a trailing slash. */
class SitePropertiesTests {

	@Test
	void aTrailingSlashIsDroppedSoPathsJoinCleanly() {
		assertThat(new SiteProperties(URI.create("https://guide.example.org/")).baseUrl())
			.isEqualTo(URI.create("https://guide.example.org"));
		assertThat(new SiteProperties(URI.create("https://guide.example.org/back/")).baseUrl())
			.isEqualTo(URI.create("https://guide.example.org/back"));
	}

	@Test
	void anAddressWithoutATrailingSlashIsKeptAsItIs() {
		assertThat(new SiteProperties(URI.create("http://localhost:8080")).baseUrl())
			.isEqualTo(URI.create("http://localhost:8080"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "guide.example.org", "/guide", "ftp://guide.example.org", "mailto:a@example.org",
			"https:///no-host", "javascript:alert(1)" })
	void anythingButAnAbsoluteHttpAddressIsRefusedNamingTheSetting(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> new SiteProperties(URI.create(value)))
			.withMessageContaining("site.base-url")
			.withMessageContaining(value);
	}

}
