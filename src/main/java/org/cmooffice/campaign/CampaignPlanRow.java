package org.cmooffice.campaign;

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
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? this.departmentNameEn
				: this.departmentNameJa;
	}

	public boolean recommended() {
		return this.recommendedAt != null;
	}

}
