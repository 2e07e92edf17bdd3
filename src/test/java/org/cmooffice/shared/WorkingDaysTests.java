package org.cmooffice.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTests {

	private final WorkingDays workingDays = new WorkingDays();

	@Test
	void weekendsAndNationalHolidaysAreNotWorkingDays() {
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2026, 11, 27))).isTrue();
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();
		// 勤労感謝の日 (Labour Thanksgiving Day) falls on a Monday in 2026.
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2026, 11, 23))).isFalse();
		// Golden Week.
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2026, 5, 4))).isFalse();
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2026, 5, 6))).isFalse();
	}

	@Test
	void governmentOfficesCloseFromTheTwentyNinthOfDecemberToTheThirdOfJanuary() {
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2026, 12, 28))).isTrue();
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2026, 12, 29))).isFalse();
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
	}

	@Test
	void workingDaysBetweenCountTheDaysAfterTheFirstUpToTheLast() {
		// Friday 20 November to Friday 27 November 2026: Monday 23rd is a holiday.
		assertThat(this.workingDays.between(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27))).isEqualTo(4);
		assertThat(this.workingDays.between(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27))).isZero();
		assertThat(this.workingDays.between(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 5))).isEqualTo(3);
	}

}
