package org.cmooffice.stakeholder;

import java.time.LocalDate;

/**
 * What a stakeholder's page may show only to those who may see personal data: contact
 * data, notes and the APPI record. The service hands it out, or does not; the page never
 * reads these fields from the record itself.
 */
public record PersonalDetails(String email, String phone, String address, String notes, String purposeOfUse,
		String dataSource, LocalDate consentDate, LocalDate retentionDate) {

	static PersonalDetails of(Stakeholder s) {
		return new PersonalDetails(s.getEmail(), s.getPhone(), s.getAddress(), s.getNotes(), s.getPurposeOfUse(),
				s.getDataSource(), s.getConsentDate(), s.getRetentionDate());
	}

}
