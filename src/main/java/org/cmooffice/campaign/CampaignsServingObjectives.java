package org.cmooffice.campaign;

import java.util.List;

import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.strategy.LinkedCampaigns;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the strategy area which plans serve an objective; a liaison learns only of their
 * own department's.
 */
@Component
class CampaignsServingObjectives implements LinkedCampaigns {

	private final CampaignPlanRepository plans;

	CampaignsServingObjectives(CampaignPlanRepository plans) {
		this.plans = plans;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Campaign> serving(long objectiveId, CurrentUser viewer) {
		Long departmentId = CampaignPlans.readsAll(viewer) ? null : viewer.departmentId();
		return this.plans.serving(objectiveId, departmentId)
			.stream()
			.map((row) -> new Campaign(row.id(), row.title(), row.departmentCode(), "campaign.status." + row.status(),
					row.startDate(), row.endDate()))
			.toList();
	}

}
