package org.cmooffice.stakeholder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Everything the CSV holds about one stakeholder, read in one statement with the rest.
 */
record ExportRow(long id, String kind, String category, String name, String nameKana, String organisation, String title,
		String email, String phone, String address, int influence, int interest, String stance, String owner,
		String departments, String tags, String house, String constituency, String party, String outlet, String beat,
		String purposeOfUse, String dataSource, LocalDate consentDate, LocalDate retentionDate, String notes,
		LocalDate lastEngagedOn) {

	static ExportRow of(ResultSet rs) throws SQLException {
		return new ExportRow(rs.getLong("id"), rs.getString("kind"), rs.getString("category"), rs.getString("name"),
				rs.getString("name_kana"), rs.getString("organisation_name"), rs.getString("title"),
				rs.getString("email"), rs.getString("phone"), rs.getString("address"), rs.getInt("influence"),
				rs.getInt("interest"), rs.getString("stance"), rs.getString("owner_username"),
				rs.getString("department_codes"), rs.getString("tags"), rs.getString("house"),
				rs.getString("constituency"), rs.getString("party"), rs.getString("outlet"), rs.getString("beat"),
				rs.getString("purpose_of_use"), rs.getString("data_source"),
				rs.getObject("consent_date", LocalDate.class), rs.getObject("retention_date", LocalDate.class),
				rs.getString("notes"), rs.getObject("last_engaged_on", LocalDate.class));
	}

}
