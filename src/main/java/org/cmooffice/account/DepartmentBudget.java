package org.cmooffice.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A department's PR budget for one fiscal year, in yen.
 */
@Entity
@Table(name = "department_budget")
public class DepartmentBudget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "department_id")
	private Department department;

	@Column(name = "fiscal_year", nullable = false)
	private int fiscalYear;

	@Column(name = "amount_jpy", nullable = false)
	private long amountJpy;

	protected DepartmentBudget() {
	}

	DepartmentBudget(Department department, int fiscalYear, long amountJpy) {
		this.department = department;
		this.fiscalYear = fiscalYear;
		this.amountJpy = amountJpy;
	}

	public int getFiscalYear() {
		return this.fiscalYear;
	}

	public long getAmountJpy() {
		return this.amountJpy;
	}

	void setAmountJpy(long amountJpy) {
		this.amountJpy = amountJpy;
	}

}
