package org.cmooffice.campaign;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ICalendarTests {

	@Test
	void eachPlanIsAnAllDayEventEndingTheDayAfterItsLastDay() {
		String ics = ICalendar.of(List.of(row(7, "秋の観光キャンペーン", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31))),
				"https://cmo.example.go.jp", "施策計画", Instant.parse("2026-09-01T00:00:00Z"));

		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n")
			.endsWith("END:VCALENDAR\r\n")
			.contains("UID:campaign-plan-7@cmo-office\r\n")
			.contains("DTSTART;VALUE=DATE:20261001\r\n")
			.contains("DTEND;VALUE=DATE:20261101\r\n")
			.contains("URL:https://cmo.example.go.jp/campaigns/7\r\n");
	}

	@Test
	void textIsEscapedAndLongLinesAreFoldedWithoutSplittingACharacter() {
		String title = "ふるさと再発見, 秋; 紅葉と食\\の旅".repeat(4);
		String ics = ICalendar.of(List.of(row(1, title, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2))),
				"https://cmo.example.go.jp", "施策計画", Instant.parse("2026-09-01T00:00:00Z"));

		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).contains("SUMMARY:" + title.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;"));
	}

	private static CampaignPlanRow row(long id, String title, LocalDate start, LocalDate end) {
		return new CampaignPlanRow(id, title, 1, "TOURISM", "観光振興部", "Tourism Promotion Department",
				CampaignStatus.APPROVED, start, end, 1_000_000, null, null, Instant.EPOCH);
	}

}
