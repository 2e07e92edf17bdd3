package org.cmooffice.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The days a Japanese government office works: not Saturdays or Sundays, not national
 * holidays (the Cabinet Office list, shipped with the application) and not the year-end
 * closure of 29 December to 3 January (行政機関の休日に関する法律).
 */
@Component
public class WorkingDays {

	private static final MonthDay CLOSURE_START = MonthDay.of(12, 29);

	private static final MonthDay CLOSURE_END = MonthDay.of(1, 3);

	private final Set<LocalDate> holidays;

	public WorkingDays() {
		this.holidays = load("calendar/japanese-holidays.csv");
	}

	public boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		MonthDay monthDay = MonthDay.from(date);
		boolean closure = !monthDay.isBefore(CLOSURE_START) || !monthDay.isAfter(CLOSURE_END);
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !closure && !this.holidays.contains(date);
	}

	/**
	 * Working days after {@code from} up to and including {@code to}; zero when to is not
	 * later.
	 */
	public int between(LocalDate from, LocalDate to) {
		int days = 0;
		for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				days++;
			}
		}
		return days;
	}

	private static Set<LocalDate> load(String resource) {
		Set<LocalDate> dates = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.forEach((line) -> dates.add(LocalDate.parse(line.substring(0, line.indexOf(',')))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The holiday calendar is missing from the application", ex);
		}
		return Set.copyOf(dates);
	}

}
