package org.cmooffice.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * What could go wrong with the campaign and what the department will do about it.
 */
@Entity
@Table(name = "campaign_risk")
public class CampaignRisk extends PlanPart {

	@Column(nullable = false, length = 1000)
	private String risk;

	@Column(length = 1000)
	private String mitigation;

	protected CampaignRisk() {
	}

	CampaignRisk(CampaignPlan plan, int position, String risk, String mitigation) {
		super(plan, position);
		this.risk = risk;
		this.mitigation = mitigation;
	}

	public String getRisk() {
		return this.risk;
	}

	public String getMitigation() {
		return this.mitigation;
	}

}
