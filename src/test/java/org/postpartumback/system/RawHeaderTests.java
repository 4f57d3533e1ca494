package org.postpartumback.system;

import java.nio.charset.StandardCharsets;

import org.apache.tomcat.util.http.MimeHeaders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RawHeaderTests {

	private static final String ETAG = "\"0123456789abcdef0123456789abcdef\"";

	@Test
	void isAddedAsTheBytesOfItsValue() {
		MimeHeaders headers = new MimeHeaders();
		RawHeader.of("ETag", ETAG).addTo(headers);
		assertThat(headers.getHeader("ETag")).isEqualTo(ETAG);
	}

	@Test
	void whatTomcatWritesIntoAReusedHeaderSlotNeverReachesTheKeptBytes() {
		RawHeader etag = RawHeader.of("ETag", ETAG);
		MimeHeaders headers = new MimeHeaders();
		etag.addTo(headers);
		// the next response on the same connection gets the same slot, recycled, for its Content-Length, which Tomcat
		// writes as digits into the buffer the slot already has when that is big enough
		headers.recycle();
		headers.addValue("Content-Length").setLong(4400);
		assertThat(headers.getHeader("Content-Length")).isEqualTo("4400");
		assertThat(new String(etag.value(), StandardCharsets.ISO_8859_1)).isEqualTo(ETAG);
	}

}
