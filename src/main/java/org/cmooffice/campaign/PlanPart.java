package org.cmooffice.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A row inside a plan (a budget line, a milestone, a KPI, a risk): owned by the plan,
 * kept in the order the liaison wrote it, replaced whole when the plan is revised.
 */
@MappedSuperclass
public abstract class PlanPart {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private CampaignPlan plan;

	@Column(nullable = false)
	private int position;

	protected PlanPart() {
	}

	PlanPart(CampaignPlan plan, int position) {
		this.plan = plan;
		this.position = position;
	}

	public Long getId() {
		return this.id;
	}

}
