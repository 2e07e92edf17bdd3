package org.cmooffice.campaign;

import org.cmooffice.shared.Bilingual;

import java.util.Locale;

/**
 * A department's PR budget for a fiscal year against what its plans ask for (submitted,
 * under review) and what was approved.
 */
public record BudgetUse(long departmentId, String code, String nameJa, String nameEn, Long allocation, long planned,
		long approved) {

	public String name(Locale locale) {
		return Bilingual.pick(locale, this.nameJa, this.nameEn);
	}

	/** What is left after approved plans; empty when no allocation was set. */
	public Long remaining() {
		return (this.allocation != null) ? this.allocation - this.approved : null;
	}

	public boolean overAllocated() {
		return this.allocation != null && this.approved + this.planned > this.allocation;
	}

}
