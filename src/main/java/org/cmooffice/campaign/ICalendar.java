package org.cmooffice.campaign;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes plans as an iCalendar (RFC 5545) feed: one all-day event per plan, with the text
 * escaped and lines folded at 75 octets as the standard requires.
 */
final class ICalendar {

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private ICalendar() {
	}

	static String of(List<CampaignPlanRow> plans, String baseUrl, String calendarName, Instant now) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//CMO Office//Campaign plans//JA");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "METHOD:PUBLISH");
		line(ics, "X-WR-CALNAME:" + escape(calendarName));
		line(ics, "X-WR-TIMEZONE:Asia/Tokyo");
		for (CampaignPlanRow plan : plans) {
			line(ics, "BEGIN:VEVENT");
			line(ics, "UID:campaign-plan-" + plan.id() + "@cmo-office");
			line(ics, "DTSTAMP:" + STAMP.format(now));
			line(ics, "DTSTART;VALUE=DATE:" + DATE.format(plan.startDate()));
			// The end of an all-day event is exclusive: the day after the plan's last
			// day.
			line(ics, "DTEND;VALUE=DATE:" + DATE.format(plan.endDate().plusDays(1)));
			line(ics, "SUMMARY:" + escape(plan.title() + "（" + plan.departmentNameJa() + "）"));
			line(ics, "DESCRIPTION:"
					+ escape(plan.departmentNameJa() + " / " + plan.departmentNameEn() + " — " + plan.status().name()));
			line(ics, "URL:" + baseUrl + "/campaigns/" + plan.id());
			line(ics, "STATUS:CONFIRMED");
			line(ics, "TRANSP:TRANSPARENT");
			line(ics, "END:VEVENT");
		}
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/**
	 * Folds a content line into pieces of at most 75 octets, never splitting a character.
	 */
	private static void line(StringBuilder ics, String content) {
		int octets = 0;
		int limit = 75;
		StringBuilder piece = new StringBuilder();
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			String character = new String(Character.toChars(codePoint));
			int size = character.getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				ics.append(piece).append("\r\n ");
				piece.setLength(0);
				octets = 1;
				limit = 75;
			}
			piece.append(character);
			octets += size;
			i += Character.charCount(codePoint);
		}
		ics.append(piece).append("\r\n");
	}

}
