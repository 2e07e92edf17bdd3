package org.cmooffice.account;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cmooffice.audit.AuditAction;
import org.cmooffice.audit.AuditLog;
import org.cmooffice.shared.FiscalYear;
import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.web.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ministry's departments and their PR budget per fiscal year. Everyone signed in may
 * read them; only administrators change them.
 */
@Service
public class Departments {

	private static final String ENTITY = "DEPARTMENT";

	private final DepartmentRepository departments;

	private final AuditLog auditLog;

	Departments(DepartmentRepository departments, AuditLog auditLog) {
		this.departments = departments;
		this.auditLog = auditLog;
	}

	@Transactional(readOnly = true)
	public List<Department> all() {
		return this.departments.findAllByOrderByCodeAsc();
	}

	@Transactional(readOnly = true)
	public List<Department> active() {
		return this.departments.findByActiveTrueOrderByCodeAsc();
	}

	/** With its budgets, for the department's own page. */
	@Transactional(readOnly = true)
	public Department get(long id) {
		Department department = find(id);
		department.getBudgets();
		return department;
	}

	/**
	 * Each department's allocation for a fiscal year, by department id; absent when none
	 * was set.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> allocations(FiscalYear year) {
		Map<Long, Long> allocations = new HashMap<>();
		for (Object[] row : this.departments.allocations(year.year())) {
			allocations.put((Long) row[0], (Long) row[1]);
		}
		return allocations;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Department create(String code, String nameJa, String nameEn) {
		String normalised = code.strip().toUpperCase(Locale.ROOT);
		if (this.departments.existsByCodeIgnoreCase(normalised)) {
			throw new InputRejected("code", "department.code.taken");
		}
		Department department = this.departments.save(new Department(normalised, nameJa.strip(), nameEn.strip()));
		this.auditLog.record(AuditAction.DEPARTMENT_CREATED, ENTITY, department.getId(),
				normalised + " " + department.getNameJa() + " / " + department.getNameEn());
		return department;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Department update(long id, long version, String code, String nameJa, String nameEn, boolean active) {
		Department department = find(id);
		department.checkVersion(version);
		String normalised = code.strip().toUpperCase(Locale.ROOT);
		if (this.departments.existsByCodeIgnoreCaseAndIdNot(normalised, id)) {
			throw new InputRejected("code", "department.code.taken");
		}
		String before = describe(department);
		department.rename(normalised, nameJa.strip(), nameEn.strip(), active);
		this.auditLog.record(AuditAction.DEPARTMENT_UPDATED, ENTITY, id, before + " → " + describe(department));
		return department;
	}

	/**
	 * Sets a fiscal year's budget. The department's version moves too, so that two
	 * administrators changing budgets at once cannot overwrite each other unnoticed.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Department allocate(long id, long version, FiscalYear year, long amountJpy) {
		Department department = this.departments.findWithForcedIncrementById(id)
			.orElseThrow(() -> new NotFoundException("Department", id));
		department.checkVersion(version);
		Long before = department.budgetFor(year).map(DepartmentBudget::getAmountJpy).orElse(null);
		department.allocate(year, amountJpy);
		this.auditLog.record(AuditAction.BUDGET_ALLOCATED, ENTITY, id, department.getCode() + " FY" + year.year() + ": "
				+ ((before != null) ? before : "-") + " → " + amountJpy);
		return department;
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.departments.count();
	}

	private Department find(long id) {
		return this.departments.findById(id).orElseThrow(() -> new NotFoundException("Department", id));
	}

	private static String describe(Department department) {
		return department.getCode() + " " + department.getNameJa() + " / " + department.getNameEn()
				+ (department.isActive() ? "" : " (inactive)");
	}

}
