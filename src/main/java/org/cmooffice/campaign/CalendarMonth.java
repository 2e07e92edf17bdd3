package org.cmooffice.campaign;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A month laid out in weeks from Sunday, as Japanese calendars are, with the plans that
 * start or end on each day and the blackout periods that cover it.
 */
public record CalendarMonth(YearMonth month, List<List<Day>> weeks) {

	/**
	 * One day of the grid; days of the neighbouring months fill the first and last week.
	 */
	public record Day(LocalDate date, boolean inMonth, boolean today, List<CampaignPlanRow> starts,
			List<CampaignPlanRow> ends, List<BlackoutPeriod> blackouts) {

		public boolean isEmpty() {
			return this.starts.isEmpty() && this.ends.isEmpty();
		}

	}

	static CalendarMonth of(YearMonth month, LocalDate today, List<CampaignPlanRow> plans,
			List<BlackoutPeriod> blackouts) {
		LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
		LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		List<List<Day>> weeks = new ArrayList<>();
		List<Day> week = new ArrayList<>();
		for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
			LocalDate day = date;
			week.add(new Day(day, YearMonth.from(day).equals(month), day.equals(today),
					plans.stream().filter((plan) -> plan.startDate().equals(day)).toList(),
					plans.stream().filter((plan) -> plan.endDate().equals(day)).toList(),
					blackouts.stream().filter((period) -> period.overlaps(day, day)).toList()));
			if (week.size() == 7) {
				weeks.add(List.copyOf(week));
				week.clear();
			}
		}
		return new CalendarMonth(month, List.copyOf(weeks));
	}

	public LocalDate firstDay() {
		return this.month.atDay(1);
	}

	public LocalDate lastDay() {
		return this.month.atEndOfMonth();
	}

}
