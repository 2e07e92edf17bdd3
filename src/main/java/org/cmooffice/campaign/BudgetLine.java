package org.cmooffice.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One item of a plan's budget, in yen.
 */
@Entity
@Table(name = "campaign_budget_line")
public class BudgetLine extends PlanPart {

	@Column(nullable = false, length = 200)
	private String item;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private Channel channel;

	@Column(name = "amount_jpy", nullable = false)
	private long amountJpy;

	protected BudgetLine() {
	}

	BudgetLine(CampaignPlan plan, int position, String item, Channel channel, long amountJpy) {
		super(plan, position);
		this.item = item;
		this.channel = channel;
		this.amountJpy = amountJpy;
	}

	public String getItem() {
		return this.item;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public long getAmountJpy() {
		return this.amountJpy;
	}

}
