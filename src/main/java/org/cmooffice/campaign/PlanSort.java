package org.cmooffice.campaign;

import org.springframework.data.domain.Sort;

/**
 * The orders the plan list offers; anything else in the address is refused, never passed
 * to the database.
 */
public enum PlanSort {

	START(Sort.by("startDate", "id")), TITLE(Sort.by("title", "id")),
	BUDGET(Sort.by(Sort.Direction.DESC, "totalBudgetJpy").and(Sort.by("id"))),
	UPDATED(Sort.by(Sort.Direction.DESC, "modifiedAt").and(Sort.by("id"))),
	DEPARTMENT(Sort.by("department.code", "startDate", "id"));

	private final Sort sort;

	PlanSort(Sort sort) {
		this.sort = sort;
	}

	Sort sort() {
		return this.sort;
	}

}
