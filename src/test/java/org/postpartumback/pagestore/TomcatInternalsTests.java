package org.postpartumback.pagestore;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.catalina.connector.Response;
import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.http.MimeHeaders;
import org.apache.tomcat.util.http.parser.AcceptEncoding;
import org.junit.jupiter.api.Test;
import org.postpartumback.RawHttp;
import org.postpartumback.headers.HeaderWriter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Tomcat internals the page store and its headers rely on, each pinned here, so that a Tomcat upgrade that
 * changes one fails a test named after it rather than slowing or breaking kept pages in silence
 * (docs/architecture.md, "The page store").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TomcatInternalsTests {

	private final int port;

	TomcatInternalsTests(@LocalServerPort int port) {
		this.port = port;
	}

	/** {@code Response.getCoyoteResponse().getMimeHeaders()}: the headers Tomcat writes, set as bytes, one per name. */
	@Test
	void headerWriterSetsBytesInTheCoyoteResponsesMimeHeadersReplacingAnEarlierValue() {
		org.apache.coyote.Response coyote = new org.apache.coyote.Response();
		Response response = new Response(coyote);
		HeaderWriter.set(response, "ETag", "\"first\"");
		HeaderWriter.set(response, "ETag", "\"second\"");
		MimeHeaders headers = coyote.getMimeHeaders();
		assertThat(headers.size()).isEqualTo(1);
		MessageBytes value = headers.getValue("ETag");
		assertThat(value.getType()).as("kept as bytes, so Tomcat does not encode it again").isEqualTo(MessageBytes.T_BYTES);
		assertThat(value.toString()).isEqualTo("\"second\"");
		assertThat(response.getHeader("ETag")).as("seen through the servlet API too").isEqualTo("\"second\"");
	}

	/**
	 * {@code MimeHeaders} reuses a header's slot, and its buffer, for the next answer on the connection: a value set
	 * as another type is written into the bytes the slot held. That is why {@link HeaderWriter} hands Tomcat a copy
	 * of the bytes it keeps; if this ever stops failing to hold, the copies can go.
	 */
	@Test
	void aReusedHeaderSlotWritesIntoTheBytesItHeldSoKeptBytesAreOnlyEverLent() {
		MimeHeaders headers = new MimeHeaders();
		byte[] lent = "\"0123456789abcdef0123456789abcdef\"".getBytes(StandardCharsets.ISO_8859_1);
		byte[] original = lent.clone();
		headers.addValue("ETag").setBytes(lent, 0, lent.length);
		headers.recycle();
		MessageBytes reused = headers.addValue("Content-Length");
		reused.setLong(12345);
		assertThat(lent).as("the lent array was written into").isNotEqualTo(original);
	}

	/**
	 * The other side of the test above: {@link HeaderWriter} copies into the slot's own buffer, so when Tomcat reuses
	 * the slot and writes into that buffer, the bytes the writer keeps for the next answer stay as they were.
	 */
	@Test
	void headerWriterCopiesIntoTheSlotsOwnBufferSoAReusedSlotLeavesTheKeptBytesAlone() {
		org.apache.coyote.Response coyote = new org.apache.coyote.Response();
		Response response = new Response(coyote);
		String etag = "\"0123456789abcdef0123456789abcdef\"";
		HeaderWriter.set(response, "ETag", etag);
		byte[] slotBuffer = coyote.getMimeHeaders().getValue("ETag").getByteChunk().getBuffer();
		coyote.getMimeHeaders().recycle();
		coyote.getMimeHeaders().addValue("Content-Length").setLong(12345);
		assertThat(coyote.getMimeHeaders().getValue("Content-Length").getByteChunk().getBuffer())
			.as("Tomcat wrote the reused slot's value into the buffer the ETag was copied into").isSameAs(slotBuffer);
		coyote.getMimeHeaders().recycle();
		HeaderWriter.set(response, "ETag", etag);
		assertThat(coyote.getMimeHeaders().getValue("ETag").toString()).isEqualTo(etag);
	}

	/** {@code AcceptEncoding.parse}: Tomcat's own reading of what a browser accepts, which the store asks about gzip. */
	@Test
	void tomcatsAcceptEncodingParserReadsWhatBrowsersSend() throws IOException {
		assertThat(encodings("gzip, deflate, br, zstd")).containsExactly("gzip", "deflate", "br", "zstd");
		// a refused encoding (q=0) is left out, so whether gzip was named at all is checked before "*" counts
		assertThat(encodings("gzip;q=0, *;q=0.5")).containsExactly("*");
	}

	/**
	 * Engine valves run for a request Tomcat refuses before it reaches the application, with no context and the
	 * response suspended: the front valve then un-suspends it and sends the site's 400 page, with the security headers.
	 */
	@Test
	void aRequestTomcatRefusesReachesTheFrontValveWhichAnswersWithTheSitesOwnPage() {
		RawHttp.Response refused = RawHttp.send(port, "GET /exercises/%zz HTTP/1.1");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'self'"));
		assertThat(refused.body()).contains("<html", "class=\"disclaimer");
	}

	private static List<String> encodings(String header) throws IOException {
		return AcceptEncoding.parse(new StringReader(header)).stream().map(AcceptEncoding::getEncoding).toList();
	}

}
