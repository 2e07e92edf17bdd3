package org.cmooffice.stakeholder;

import java.time.LocalDate;

/**
 * A stakeholder as the list and search show it. For a reader who may not see personal
 * contact data the email and phone are left out before the row leaves the service.
 */
public record StakeholderRow(long id, StakeholderKind kind, StakeholderCategory category, String name, String nameKana,
		String organisationName, String title, String email, String phone, int influence, int interest, Stance stance,
		String ownerName, LocalDate lastEngagedOn, boolean anonymised, boolean masked) {

	public Quadrant quadrant() {
		return Quadrant.of(this.influence, this.interest);
	}

	StakeholderRow withoutContacts() {
		return new StakeholderRow(this.id, this.kind, this.category, this.name, this.nameKana, this.organisationName,
				this.title, null, null, this.influence, this.interest, this.stance, this.ownerName, this.lastEngagedOn,
				this.anonymised, true);
	}

}
