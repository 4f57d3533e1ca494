package org.postpartumback.routine;

import java.util.Locale;
import java.util.Optional;

import org.postpartumback.figure.Figures;
import org.postpartumback.language.Localized;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.postpartumback.source.Sources;
import org.postpartumback.errors.BadRequestException;
import org.postpartumback.urls.PublicUrls;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A routine to take away: the printout as a one-page PDF, and a calendar file that reminds the reader every day.
 * Nothing is stored about the reader; a PDF is made once per routine and paper and kept, like a page.
 */
@Controller
class TakeAwayController {

	static final String PDF_PATH = Routine.PDF_PATH;

	static final String REMINDER_PATH = Routine.REMINDER_PATH;

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final Localized<Routines> routines;

	private final PdfMaker pdfMaker;

	private final Reminders reminders;

	private final PublicUrls urls;

	private final Localized<Sources> sources;

	private final MessageSource messages;

	private final Localized<Figures> figures;

	TakeAwayController(Localized<Routines> routines, PublicUrls urls, Localized<Sources> sources,
			MessageSource messages, Localized<Figures> figures) {
		this.routines = routines;
		this.figures = figures;
		this.pdfMaker = new PdfMaker();
		this.reminders = new Reminders(urls, messages);
		this.urls = urls;
		this.sources = sources;
		this.messages = messages;
	}

	/**
	 * The printout as a PDF: the printout page rendered as usual (whatever it holds), then laid out on one sheet of
	 * the chosen paper. Any other form of the same routine's address is sent to its one canonical address first. Each
	 * canonical address is declared a kept page, so a PDF is made once and then served from the page store with a
	 * strong ETag.
	 */
	@GetMapping(PDF_PATH)
	ResponseEntity<byte[]> pdf(@RequestParam MultiValueMap<String, String> parameters,
			@RequestParam(name = "paper", required = false) String paperName, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		Paper paper = (paperName == null) ? Paper.A4 : Paper.of(paperName).orElseThrow(UnknownPaperException::new);
		Routine chosen = this.routines.in(locale).parse(parameters);
		String canonical = chosen.pdfPath(paper.parameter());
		if (!canonical.equals(PDF_PATH + "?" + request.getQueryString())) {
			return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(canonical)).build();
		}
		byte[] pdf = make(request, response, paper, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noCache())
			.header("Content-Disposition",
					ContentDisposition.attachment()
						.filename(message("routine.pdf.fileName") + "-" + this.sources.in(locale).updatedOn() + ".pdf")
						.build()
						.toString())
			.body(pdf);
	}

	private byte[] make(HttpServletRequest request, HttpServletResponse response, Paper paper, Locale locale) {
		CapturedPage page = new CapturedPage(response);
		try {
			request.getRequestDispatcher("/routine/print").include(request, page);
		}
		catch (ServletException | IOException ex) {
			throw new IllegalStateException("The printout could not be rendered for its PDF", ex);
		}
		Figures drawn = this.figures.in(locale);
		return this.pdfMaker.make(page.text(), this.urls.base() + "/", paper, message("routine.print.title"),
				slug -> Optional.ofNullable(drawn.exercise(slug)).map(figure -> figure.summary().drawing()));
	}

	/**
	 * A calendar file (RFC 5545) with one event every day at the chosen time, wherever the reader is (floating
	 * time), linking to the routine. Made for each request and never stored.
	 */
	@GetMapping(REMINDER_PATH)
	ResponseEntity<String> reminder(@RequestParam MultiValueMap<String, String> parameters,
			@RequestParam(name = "time", required = false) String time, Locale locale) {
		LocalTime at = parseTime(time);
		Routines routines = this.routines.in(locale);
		Routine chosen = routines.parse(parameters);
		Routine routine = chosen.isEmpty() ? routines.full() : chosen;
		String ics = this.reminders.daily(routine, at, LocalDate.now(ZoneOffset.UTC));
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noStore())
			.header("Content-Disposition",
					ContentDisposition.attachment().filename(message("routine.reminder.fileName") + ".ics").build().toString())
			.body(ics);
	}

	private static LocalTime parseTime(String time) {
		if (time == null || time.isBlank() || time.length() > 12) {
			throw new BadTimeException();
		}
		try {
			return LocalTime.parse(time.strip()).withNano(0);
		}
		catch (DateTimeParseException ex) {
			throw new BadTimeException();
		}
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	static class UnknownPaperException extends BadRequestException {

		UnknownPaperException() {
			super("routine.pdf.error.paper", null);
		}

	}

	static class BadTimeException extends BadRequestException {

		BadTimeException() {
			super("routine.reminder.error.time", null);
		}

	}

}
