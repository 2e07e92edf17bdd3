package org.cmooffice.shared.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times and yen as the reader expects them: {@code 2026年4月1日} in Japanese,
 * {@code 1 Apr 2026} in English, {@code ¥1,000,000} in both. Used in templates as
 * {@code fmt}, a model variable on every page (see LayoutModel).
 */
@Component
public class Formats {

	private static final DateTimeFormatter DATE_JA = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPANESE);

	private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	/** Parsing the pattern for every amount on a page cost more than formatting it. */
	private static final ThreadLocal<DecimalFormat> YEN = ThreadLocal
		.withInitial(() -> new DecimalFormat("¥#,##0", DecimalFormatSymbols.getInstance(Locale.JAPAN)));

	private final ZoneId zone;

	Formats(@Value("${cmo.time-zone:Asia/Tokyo}") ZoneId zone) {
		this.zone = zone;
	}

	public String date(LocalDate date) {
		if (date == null) {
			return "";
		}
		return (isJapanese() ? DATE_JA : DATE_EN).format(date);
	}

	public String date(Instant instant) {
		return (instant != null) ? date(LocalDate.ofInstant(instant, this.zone)) : "";
	}

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		return date(instant) + " " + TIME.format(instant.atZone(this.zone));
	}

	/** ISO form for {@code <time datetime>} and date inputs. */
	public String iso(Instant instant) {
		return (instant != null) ? instant.atZone(this.zone).toOffsetDateTime().toString() : "";
	}

	public String yen(Number amount) {
		if (amount == null) {
			return "";
		}
		return YEN.get().format(amount);
	}

	/**
	 * A file's size as people read it: KB below a megabyte, MB with one decimal above.
	 */
	public String fileSize(long bytes) {
		return (bytes < 1024 * 1024) ? Math.max(1, bytes / 1024) + " KB"
				: String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	public String fiscalYear(int year) {
		return isJapanese() ? year + "年度" : "FY" + year;
	}

	private static boolean isJapanese() {
		return !Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
	}

}
