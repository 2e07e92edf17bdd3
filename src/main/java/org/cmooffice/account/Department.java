package org.cmooffice.account;

import org.cmooffice.shared.Bilingual;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import org.cmooffice.shared.FiscalYear;
import org.cmooffice.shared.persistence.BaseEntity;

/**
 * A department of the ministry that submits campaign plans through its liaison, with the
 * PR budget allocated to it for each fiscal year.
 */
@Entity
@Table(name = "department")
public class Department extends BaseEntity {

	@Column(nullable = false, length = 20)
	private String code;

	@Column(name = "name_ja", nullable = false, length = 100)
	private String nameJa;

	@Column(name = "name_en", nullable = false, length = 100)
	private String nameEn;

	@Column(nullable = false)
	private boolean active = true;

	@OneToMany(mappedBy = "department", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<DepartmentBudget> budgets = new ArrayList<>();

	protected Department() {
	}

	Department(String code, String nameJa, String nameEn) {
		this.code = code;
		this.nameJa = nameJa;
		this.nameEn = nameEn;
	}

	void rename(String code, String nameJa, String nameEn, boolean active) {
		this.code = code;
		this.nameJa = nameJa;
		this.nameEn = nameEn;
		this.active = active;
	}

	/** Sets the department's PR budget for a fiscal year, replacing an earlier figure. */
	void allocate(FiscalYear year, long amountJpy) {
		budgetFor(year).ifPresentOrElse((budget) -> budget.setAmountJpy(amountJpy),
				() -> this.budgets.add(new DepartmentBudget(this, year.year(), amountJpy)));
	}

	public Optional<DepartmentBudget> budgetFor(FiscalYear year) {
		return this.budgets.stream().filter((budget) -> budget.getFiscalYear() == year.year()).findFirst();
	}

	public List<DepartmentBudget> getBudgets() {
		return this.budgets.stream()
			.sorted(Comparator.comparingInt(DepartmentBudget::getFiscalYear).reversed())
			.toList();
	}

	public String getCode() {
		return this.code;
	}

	public String getNameJa() {
		return this.nameJa;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public String name(Locale locale) {
		return Bilingual.pick(locale, this.nameJa, this.nameEn);
	}

	public boolean isActive() {
		return this.active;
	}

}
