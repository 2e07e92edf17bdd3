package org.cmooffice.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.cmooffice.shared.FiscalYear;

/**
 * A department's PR budget for one fiscal year.
 */
class BudgetForm {

	@NotNull
	@Min(FiscalYear.FIRST)
	@Max(FiscalYear.LAST)
	private Integer fiscalYear;

	@NotNull
	@Min(0)
	@Max(1_000_000_000_000L)
	private Long amountJpy;

	private long version;

	public Integer getFiscalYear() {
		return this.fiscalYear;
	}

	public void setFiscalYear(Integer fiscalYear) {
		this.fiscalYear = fiscalYear;
	}

	public Long getAmountJpy() {
		return this.amountJpy;
	}

	public void setAmountJpy(Long amountJpy) {
		this.amountJpy = amountJpy;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
