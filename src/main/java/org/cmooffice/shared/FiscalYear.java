package org.cmooffice.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;

/**
 * A Japanese fiscal year (年度): 1 April to 31 March, named by the calendar year in which
 * it starts, so FY2026 runs from 1 April 2026 to 31 March 2027.
 */
public record FiscalYear(int year) {

	public static final int FIRST = 2000;

	public static final int LAST = 2100;

	public FiscalYear {
		if (year < FIRST || year > LAST) {
			throw new IllegalArgumentException("fiscal year out of range: " + year);
		}
	}

	public static FiscalYear of(LocalDate date) {
		return new FiscalYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
	}

	public static FiscalYear current(Clock clock) {
		return of(LocalDate.now(clock));
	}

	public LocalDate start() {
		return LocalDate.of(this.year, Month.APRIL, 1);
	}

	public LocalDate end() {
		return LocalDate.of(this.year + 1, Month.MARCH, 31);
	}

	public FiscalYear previous() {
		return new FiscalYear(this.year - 1);
	}

	public FiscalYear next() {
		return new FiscalYear(this.year + 1);
	}

}
