package org.cmooffice.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * What could go wrong with the campaign and what the department will do about it.
 */
@Entity
@Table(name = "campaign_risk")
public class CampaignRisk {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private CampaignPlan plan;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 1000)
	private String risk;

	@Column(length = 1000)
	private String mitigation;

	protected CampaignRisk() {
	}

	CampaignRisk(CampaignPlan plan, int position, String risk, String mitigation) {
		this.plan = plan;
		this.position = position;
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
