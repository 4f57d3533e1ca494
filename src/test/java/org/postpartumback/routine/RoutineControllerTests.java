package org.postpartumback.routine;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.postpartumback.WebSliceTest;
import org.postpartumback.errors.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@WebSliceTest
class RoutineControllerTests {

	private final MockMvcTester mvc;

	RoutineControllerTests(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@Test
	void withoutChoicesTheRoutinePageOffersPresetsAndTheBuilder() {
		Document page = page(mvc.get().uri("/routine").exchange());
		assertThat(page.select("h1").text()).isEqualTo("Build your routine");
		assertThat(page.select(".cards h3 a").eachAttr("href")).containsExactly(
				"/routine?r=warmth&e=wall-press&e=floor-twist", "/routine?e=wall-press");
		assertThat(page.select(".cards a.button").eachAttr("href")).as("each preset starts a guided session")
			.containsExactly("/routine/session?r=warmth&e=wall-press&e=floor-twist", "/routine/session?e=wall-press");
		assertThat(page.select("[data-ticks][hidden]")).as("this week's ticks, drawn only by the script").hasSize(1);
		assertThat(page.select("form[method=get][action=/routine] input[type=checkbox]").eachAttr("value"))
			.containsExactly("warmth", "wall-press", "floor-twist");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/routine");
	}

	@Test
	void choicesAreShownInTheGuidesOrderWithRepeatsCollapsed() {
		Document page = page(mvc.get().uri("/routine?e=floor-twist&e=wall-press&e=wall-press&r=warmth&r=warmth").exchange());
		assertThat(page.select(".routine-step h2").eachText()).containsExactly("Warmth", "Wall press", "Floor twist");
		assertThat(page.select(".routine-step").get(1).text()).contains("10 reps", "Press, do not push");
		assertThat(page.select("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost:8080/routine?r=warmth&e=wall-press&e=floor-twist");
		assertThat(page.select("a.share-url").text()).isEqualTo("http://localhost:8080/routine?r=warmth&e=wall-press&e=floor-twist");
		assertThat(page.select("input[value=wall-press]").hasAttr("checked")).isTrue();
		assertThat(page.select("a[href^=/routine/print]").attr("href"))
			.isEqualTo("/routine/print?r=warmth&e=wall-press&e=floor-twist");
		assertThat(page.select(".actions a[href^=/routine/session]").attr("href"))
			.isEqualTo("/routine/session?r=warmth&e=wall-press&e=floor-twist");
		assertThat(page.select(".callout[role=status]")).as("no note without unknown choices").isEmpty();
	}

	@Test
	void unknownChoicesAreLeftOutWithAVisibleEscapedNote() {
		MvcTestResult result = mvc.get()
			.uri("/routine")
			.param("e", "wall-press", "<script>alert(1)</script>", "x".repeat(500))
			.param("r", "professional-care")
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().doesNotContain("<script>alert(1)</script>").doesNotContain("x".repeat(41));
		Document page = page(result);
		assertThat(page.select(".callout[role=status] p").text()).startsWith("3 choices in the link were not recognized");
		assertThat(page.select(".callout[role=status] code").eachText()).containsExactly("professional-care",
				"<script>alert(1)</script>", "x".repeat(40) + "…");
		assertThat(page.select(".routine-step h2").eachText()).containsExactly("Wall press");
	}

	@Test
	void blankChoicesAndOtherParametersAreIgnored() {
		Document page = page(mvc.get().uri("/routine").param("e", "", " ").param("r", "").param("utm_source", "x").exchange());
		assertThat(page.select("h1").text()).isEqualTo("Build your routine");
		assertThat(page.select(".callout[role=status]")).isEmpty();
	}

	@Test
	void tooManyChoicesIsABadRequestWithItsReason() {
		String query = "e=wall-press&".repeat(Routines.MAX_CHOICES + 1);
		assertThat(mvc.get().uri("/routine?" + query)).hasStatus(HttpStatus.BAD_REQUEST)
			.failure()
			.isInstanceOfSatisfying(BadRequestException.class,
					reason -> assertThat(reason.reasonKey()).isEqualTo("routine.error.tooMany"));
		assertThat(mvc.get().uri("/routine/print?" + query)).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void printoutHasKeyStepsDoseCueTickGridDisclaimerReviewDateAndQrCode() throws Exception {
		Document page = page(mvc.get().uri("/routine/print?e=wall-press&r=warmth").exchange());
		assertThat(page.select("h1").text()).isEqualTo("My back routine");
		assertThat(page.select(".sheet-step h2").eachText()).containsExactly("Warmth", "Wall press");
		assertThat(page.select(".sheet-step").get(1).text()).contains("Stand with your back to a wall.",
				"Press for the count.", "10 reps", "hold 20–30 seconds", "Press, do not push");
		assertThat(page.select(".tick-grid thead th")).hasSize(8);
		assertThat(page.select(".tick-grid tbody tr")).hasSize(2);
		assertThat(page.select("footer .disclaimer").text()).contains("not medical advice", "does not make anyone your doctor");
		assertThat(page.select("footer").text()).contains("Last updated on January 2, 2026");
		String routineUrl = "http://localhost:8080/routine?r=warmth&e=wall-press";
		assertThat(page.select(".sheet-link a").text()).isEqualTo(routineUrl);
		assertThat(decodeQr(page.select("img.qr").attr("src"))).isEqualTo(routineUrl);
		assertThat(page.select("button[data-print]")).hasSize(1);
	}

	@Test
	void printoutCarriesTheEmergencySignsTheMainSignsForTodayAndWhereTheRestAre() throws Exception {
		Document page = page(mvc.get().uri("/routine/print").exchange());
		assertThat(page.select(".print-safety").text()).contains("Call 911 (US), 999 (UK) or 112 (EU) now for: Chest pain.",
				"Call your doctor or midwife today for: A fever.", "http://localhost:8080/when-to-get-help")
			.doesNotContain("A sore leg", "Pain at night");
	}

	@Test
	void theRoutineIntroKeepsItsApostropheAndTheFeedingBreakHintStaysWithItsName() {
		Document page = page(mvc.get().uri("/routine").exchange());
		assertThat(page.select("p.lead").text()).contains("in the guide's order");
		assertThat(page.select(".choice .choice-name").eachText()).contains("Wall press (fits a feeding break)", "Floor twist");
	}

	@Test
	void printoutWithoutChoicesIsTheFullRoutine() throws Exception {
		Document page = page(mvc.get().uri("/routine/print").exchange());
		assertThat(page.select(".sheet-step h2").eachText()).containsExactly("Warmth", "Wall press", "Floor twist");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/routine/print");
		assertThat(decodeQr(page.select("img.qr").attr("src")))
			.isEqualTo("http://localhost:8080/routine?r=warmth&e=wall-press&e=floor-twist");
	}

	private static Document page(MvcTestResult result) {
		assertThat(result).hasContentTypeCompatibleWith("text/html");
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	static String decodeQr(String dataUri) throws Exception {
		assertThat(dataUri).startsWith("data:image/png;base64,");
		byte[] png = Base64.getDecoder().decode(dataUri.substring("data:image/png;base64,".length()));
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		return new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
			.getText();
	}

}
