package org.postpartumback.routine;

import org.postpartumback.language.Localized;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.Frequency;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postpartumback.LiveSite;
import org.postpartumback.exercise.ExerciseView;
import org.postpartumback.exercise.Exercises;
import org.postpartumback.source.Sources;
import org.postpartumback.relief.Relief;
import org.postpartumback.relief.ReliefTechniqueView;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routine taken away, against the running app: the PDF (read back with PDFBox, its QR code decoded with ZXing)
 * and the daily reminder (parsed with biweekly).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TakeAwayTests {

	private static final String BASE = "http://localhost:8080";

	private final LiveSite site;

	private final List<ExerciseView> exercises;

	private final List<ReliefTechniqueView> warmUps;

	private final Sources sources;

	private final MessageSource messages;

	TakeAwayTests(@LocalServerPort int port, Localized<Exercises> exercises, Localized<Relief> relief, Localized<Sources> sources, MessageSource messages) {
		this.site = new LiveSite(port);
		this.exercises = exercises.original().all();
		this.warmUps = relief.original().beforeExercises();
		this.sources = sources.original();
		this.messages = messages;
	}

	@ParameterizedTest
	@CsvSource({ "a4, 595, 842", "letter, 612, 792" })
	void theFullRoutineIsOneEmbeddedFontPageWithEveryStepTheDisclaimerTheDateAndAWorkingQrCode(String paper,
			int width, int height) throws IOException {
		String path = new Routine(this.warmUps, this.exercises, List.of()).pdfPath(paper);
		HttpResponse<byte[]> response = this.site.sendForBytes(this.site.request(path).GET().build());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().allValues("Content-Disposition")).as("sent once, kept or not").hasSize(1);
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"back-routine-" + this.sources.updatedOn() + ".pdf\"");
		assertThat(response.body().length).as("bytes").isLessThan(200 * 1024);
		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			PDPage page = pdf.getPage(0);
			PDRectangle size = page.getMediaBox();
			assertThat(Math.round(size.getWidth())).isEqualTo(width);
			assertThat(Math.round(size.getHeight())).isEqualTo(height);
			List<PDFont> fonts = new ArrayList<>();
			for (var name : page.getResources().getFontNames()) {
				fonts.add(page.getResources().getFont(name));
			}
			assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());

			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains(disclaimer())
				.contains(this.exercises.stream().map(ExerciseView::name).toList())
				.contains(this.warmUps.stream().map(ReliefTechniqueView::name).toList())
				.contains("Last updated on")
				.doesNotContain(message("routine.pdf.link"))
				.doesNotContain(message("routine.print.button"));

			BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 200);
			assertThat(decodeQr(image)).isEqualTo(BASE + new Routine(this.warmUps, this.exercises, List.of()).path());
		}
	}

	@Test
	void aPdfIsMadeOnceAndThenAnsweredFromMemoryWithAStrongEtag() {
		String path = "/routine/print.pdf?e=" + this.exercises.get(0).slug() + "&paper=a4";
		HttpResponse<byte[]> first = this.site.sendForBytes(this.site.request(path).GET().build());
		HttpResponse<byte[]> second = this.site.sendForBytes(this.site.request(path).GET().build());
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> revalidated = this.site
			.sendForBytes(this.site.request(path).header("If-None-Match", etag).GET().build());

		assertThat(second.body()).isEqualTo(first.body());
		assertThat(etag).matches("\"[0-9a-f]{32}\"");
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(revalidated.statusCode()).isEqualTo(304);
	}

	@Test
	void anyOtherFormOfARoutinesPdfAddressGoesToItsOneAddress() {
		HttpResponse<String> response = this.site.get("/routine/print.pdf?e=" + this.exercises.get(2).slug() + "&e=nope&e="
				+ this.exercises.get(1).slug() + "&utm_source=x");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue("/routine/print.pdf?e="
				+ this.exercises.get(1).slug() + "&e=" + this.exercises.get(2).slug() + "&paper=a4");
	}

	@Test
	void anUnknownPaperSizeIsAnsweredWithA400PageInTheLayout() {
		HttpResponse<String> response = this.site.get("/routine/print.pdf?paper=a5");

		assertThat(response.statusCode()).isEqualTo(400);
		Document page = LiveSite.parse(response);
		assertThat(page.select(".callout").text()).isEqualTo(message("routine.pdf.error.paper"));
		assertThat(page.select(".disclaimer").text()).isNotEmpty();
	}

	@Test
	void theReminderIsADailyEventAtTheChosenLocalTimeLinkingToTheRoutine() throws IOException {
		ExerciseView exercise = this.exercises.get(1);
		HttpResponse<String> response = this.site.get("/routine/reminder.ics?r=" + this.warmUps.get(0).slug() + "&e="
				+ exercise.slug() + "&time=07:45");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
		assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).startsWith("attachment; filename=").endsWith(".ics\""));
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		List<ICalendar> calendars = Biweekly.parse(response.body()).all();
		assertThat(calendars).hasSize(1);
		ICalendar calendar = calendars.get(0);
		assertThat(calendar.getEvents()).hasSize(1);
		VEvent event = calendar.getEvents().get(0);
		String link = BASE + "/routine?r=" + this.warmUps.get(0).slug() + "&e=" + exercise.slug();

		assertThat(event.getRecurrenceRule().getValue().getFrequency()).isEqualTo(Frequency.DAILY);
		assertThat(event.getRecurrenceRule().getValue().getUntil()).isNull();
		assertThat(event.getRecurrenceRule().getValue().getCount()).isNull();
		assertThat(calendar.getTimezoneInfo().isFloating(event.getDateStart())).as("floating, local time").isTrue();
		assertThat(event.getDateStart().getValue().hasTime()).isTrue();
		assertThat(LocalTime.ofInstant(event.getDateStart().getValue().toInstant(), ZoneId.systemDefault()))
			.isEqualTo(LocalTime.of(7, 45));
		assertThat(event.getSummary().getValue()).contains(this.warmUps.get(0).name(), exercise.name());
		assertThat(event.getUrl().getValue()).isEqualTo(link);
		assertThat(event.getDescription().getValue()).contains(link);
		assertThat(event.getAlarms()).singleElement()
			.satisfies(alarm -> assertThat(alarm.getAction().isDisplay()).isTrue());
		assertThat(event.getUid().getValue()).isNotBlank();
		assertThat(response.body()).contains("\r\nDTSTART:").doesNotContain("DTSTART;TZID").contains("RRULE:FREQ=DAILY\r\n");
		try (var reader = new StringReader(response.body())) {
			assertThat(Biweekly.parse(reader).first().validate(biweekly.ICalVersion.V2_0).isEmpty()).isTrue();
		}
	}

	@Test
	void aTimeThatIsNotATimeOfDayIsAnsweredWithA400PageInTheLayout() {
		for (String time : List.of("25:00", "", "soon", "7", "07%3A60")) {
			HttpResponse<String> response = this.site.get("/routine/reminder.ics?e=" + this.exercises.get(0).slug()
					+ "&time=" + time);
			assertThat(response.statusCode()).as(time).isEqualTo(400);
			assertThat(LiveSite.parse(response).select(".callout").text()).as(time)
				.isEqualTo(message("routine.reminder.error.time"));
		}
		assertThat(this.site.get("/routine/reminder.ics?e=" + this.exercises.get(0).slug()).statusCode()).isEqualTo(400);
	}

	@Test
	void theRoutinePageOffersThePdfOnEitherPaperAndTheReminderAsPlainForms() {
		Document page = LiveSite.parse(this.site.get("/routine?e=" + this.exercises.get(0).slug()));

		assertThat(page.select("form[action=/routine/print.pdf] select[name=paper] option").eachAttr("value"))
			.containsExactly("a4", "letter");
		assertThat(page.select("form[action=/routine/print.pdf] input[type=hidden]").eachAttr("value"))
			.containsExactly(this.exercises.get(0).slug());
		assertThat(page.select("form[action=/routine/reminder.ics] input[type=time][name=time][required]")).hasSize(1);
		assertThat(page.select("form[action=/routine/reminder.ics] input[type=hidden]").eachAttr("value"))
			.containsExactly(this.exercises.get(0).slug());
		assertThat(LiveSite.parse(this.site.get("/routine/print")).select("form[action=/routine/print.pdf]")).hasSize(1);
	}

	private static String decodeQr(BufferedImage image) {
		try {
			return new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
						java.util.Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
				.getText();
		}
		catch (Exception ex) {
			throw new AssertionError("No QR code found on the page", ex);
		}
	}

	private String disclaimer() {
		return (message("disclaimer.heading") + " " + message("disclaimer.text")).replaceAll("\\s+", " ");
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

}
