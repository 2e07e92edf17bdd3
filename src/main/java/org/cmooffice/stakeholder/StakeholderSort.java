package org.cmooffice.stakeholder;

/**
 * The orders the list offers. Each is a fixed SQL fragment with the id last, so pages do
 * not overlap; anything else in the address is refused, never passed to the database.
 */
public enum StakeholderSort {

	KANA("s.name_kana, s.id"), NAME("s.name, s.id"), INFLUENCE("s.influence desc, s.interest desc, s.name_kana, s.id"),
	LAST_ENGAGED("s.last_engaged_on desc nulls last, s.id"), UPDATED("s.modified_at desc, s.id desc");

	private final String orderBy;

	StakeholderSort(String orderBy) {
		this.orderBy = orderBy;
	}

	String orderBy() {
		return this.orderBy;
	}

}
