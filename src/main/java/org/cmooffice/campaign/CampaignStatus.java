package org.cmooffice.campaign;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a plan stands. Transitions are the plan's own methods; this only answers
 * questions that lists and forms ask.
 */
public enum CampaignStatus {

	DRAFT, SUBMITTED, CHANGES_REQUESTED, APPROVED, REJECTED, WITHDRAWN, ACTIVE, COMPLETED;

	/** Approved plans count against the department's budget from approval on. */
	static final Set<CampaignStatus> COMMITTED = EnumSet.of(APPROVED, ACTIVE, COMPLETED);

	public boolean isEditable() {
		return this == DRAFT || this == CHANGES_REQUESTED;
	}

}
