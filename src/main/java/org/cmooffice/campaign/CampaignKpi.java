package org.cmooffice.campaign;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * How the plan will be scored: a metric with its target, and the actual once it is over.
 */
@Entity
@Table(name = "campaign_kpi")
public class CampaignKpi extends PlanPart {

	@Column(nullable = false, length = 200)
	private String metric;

	@Column(nullable = false, length = 50)
	private String unit;

	@Column(nullable = false, precision = 18, scale = 2)
	private BigDecimal target;

	@Column(precision = 18, scale = 2)
	private BigDecimal actual;

	protected CampaignKpi() {
	}

	CampaignKpi(CampaignPlan plan, int position, String metric, String unit, BigDecimal target) {
		super(plan, position);
		this.metric = metric;
		this.unit = unit;
		this.target = target;
	}

	void recordActual(BigDecimal actual) {
		this.actual = actual;
	}

	public String getMetric() {
		return this.metric;
	}

	public String getUnit() {
		return this.unit;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public BigDecimal getActual() {
		return this.actual;
	}

}
