package org.postpartumback.routine;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.property.DateStart;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import org.postpartumback.urls.PublicUrls;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.util.DigestUtils;

/** Daily reminders for a routine as calendar files (RFC 5545), written with biweekly. */
class Reminders {

	private static final int MINUTES = 15;

	private final PublicUrls urls;

	private final MessageSource messages;

	Reminders(PublicUrls urls, MessageSource messages) {
		this.urls = urls;
		this.messages = messages;
	}

	/**
	 * One event every day from {@code firstDay} at {@code time}, in floating time (the reader's own clock wherever she
	 * is), with a display alarm when it starts. The UID depends only on the routine and the time, so importing the
	 * same reminder again updates it instead of adding a second one.
	 */
	String daily(Routine routine, LocalTime time, LocalDate firstDay) {
		String link = this.urls.absolute(routine.path(), LocaleContextHolder.getLocale());
		String names = Stream.concat(routine.warmUps().stream().map(warmUp -> warmUp.name()),
				routine.exercises().stream().map(exercise -> exercise.name()))
			.collect(Collectors.joining(", "));

		VEvent event = new VEvent();
		event.setUid(DigestUtils.md5DigestAsHex((link + " " + time).getBytes(StandardCharsets.UTF_8)) + "@"
				+ java.net.URI.create(this.urls.base()).getHost());
		event.setSummary(message("routine.reminder.summary", names));
		event.setDescription(message("routine.reminder.description", names, link));
		event.setUrl(link);
		// biweekly writes floating times in the JVM's zone, so the date is made in that zone too.
		Date start = Date.from(firstDay.atTime(time).atZone(ZoneId.systemDefault()).toInstant());
		event.setDateStart(new DateStart(start, true));
		event.setDuration(new Duration.Builder().minutes(MINUTES).build());
		event.setRecurrenceRule(new Recurrence.Builder(Frequency.DAILY).build());
		event.addAlarm(VAlarm.display(new Trigger(new Duration.Builder().minutes(0).build(), Related.START),
				message("routine.reminder.alarm")));

		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//Postpartum Back Guide//Daily reminder//EN");
		calendar.addEvent(event);
		calendar.getTimezoneInfo().setFloating(event.getDateStart(), true);
		return Biweekly.write(calendar).go();
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
