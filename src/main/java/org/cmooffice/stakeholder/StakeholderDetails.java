package org.cmooffice.stakeholder;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the form and the CSV import say about a stakeholder, checked and cleaned: blank
 * texts are null, the organisation and owner are given by name.
 */
record StakeholderDetails(StakeholderKind kind, StakeholderCategory category, String name, String nameKana,
		String organisationName, String title, String email, String phone, String address, int influence, int interest,
		Stance stance, String notes, String house, String constituency, String party, String outlet, String beat,
		String purposeOfUse, String dataSource, LocalDate consentDate, LocalDate retentionDate, Set<Long> departmentIds,
		Set<String> tags) {

}
