package org.postpartumback.pagestore;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The declaration's lookup: which request is answered from which kept address. */
class KeptPagesTests {

	private final KeptPages declared = new KeptPages(Map.of("/routine", Set.of("r", "e")),
			List.of("/", "/about", "/routine", "/routine?r=heat&e=banded-as", "/routine?e=banded-as"));

	@Test
	void aPageThatReadsNoQueryStringIsKeptUnderItsPathWhateverTheQuery() {
		assertThat(declared.keyOf("/about", null)).isEqualTo("/about");
		assertThat(declared.keyOf("/about", "fbclid=IwAR0abc")).isEqualTo("/about");
		assertThat(declared.keyOf("/about", "utm_source=whatsapp&utm_medium=share")).isEqualTo("/about");
		assertThat(declared.keyOf("/about/", null)).isNull();
		assertThat(declared.keyOf("/causes", null)).isNull();
	}

	@Test
	void aRouteThatReadsItsQueryIsKeptOnlyForDeclaredChoicesWithTrackingParametersLeftOut() {
		assertThat(declared.keyOf("/routine", "r=heat&e=banded-as")).isEqualTo("/routine?r=heat&e=banded-as");
		assertThat(declared.keyOf("/routine", "utm_source=x&r=heat&fbclid=1&e=banded-as"))
			.isEqualTo("/routine?r=heat&e=banded-as");
		assertThat(declared.keyOf("/routine", "utm_source=x")).isEqualTo("/routine");
		assertThat(declared.keyOf("/routine", null)).isEqualTo("/routine");
		assertThat(declared.keyOf("/routine", "e=banded-as&r=heat")).as("another order").isNull();
		assertThat(declared.keyOf("/routine", "e=unknown")).isNull();
		assertThat(declared.keyOf("/routine", "e=banded%2Das")).as("encoded value").isNull();
		assertThat(declared.keyOf("/routine", "%65=banded-as")).as("an encoded name could be e").isNull();
		assertThat(declared.keyOf("/routine", "+e=banded-as")).as("a name with a plus").isNull();
		assertThat(declared.keyOf("/routine", "e+=banded-as")).as("a name with a plus").isNull();
		assertThat(declared.keyOf("/routine", "e=banded-as&e=banded-as")).isNull();
	}

	@Test
	void aQueryOnARouteNotDeclaredToReadItIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new KeptPages(Map.of(), List.of("/about?ref=x")))
			.withMessageContaining("/about?ref=x");
		assertThatIllegalArgumentException().isThrownBy(() -> new KeptPages(Map.of(), List.of("?ref=x")));
	}

}
