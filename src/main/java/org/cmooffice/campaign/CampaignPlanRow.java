package org.cmooffice.campaign;

import org.cmooffice.shared.Bilingual;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One line of the plan list, read in one query with its department.
 */
public record CampaignPlanRow(long id, String title, long departmentId, String departmentCode, String departmentNameJa,
		String departmentNameEn, CampaignStatus status, LocalDate startDate, LocalDate endDate, long totalBudgetJpy,
		Instant submittedAt, Instant recommendedAt, Instant modifiedAt) {

	public String departmentName(Locale locale) {
		return Bilingual.pick(locale, this.departmentNameJa, this.departmentNameEn);
	}

	public boolean recommended() {
		return this.recommendedAt != null;
	}

}
