package org.cmooffice.strategy;

import java.time.LocalDate;
import java.util.List;

import org.cmooffice.shared.security.CurrentUser;

/**
 * The campaign plans serving an objective, as the viewer may see them. Implemented by the
 * campaign area, which depends on this one, so that the objective page can list them
 * without a dependency cycle.
 */
public interface LinkedCampaigns {

	List<Campaign> serving(long objectiveId, CurrentUser viewer);

	/** A plan as the objective page lists it, its status as a message key. */
	record Campaign(long id, String title, String departmentCode, String statusKey, LocalDate startDate,
			LocalDate endDate) {
	}

}
