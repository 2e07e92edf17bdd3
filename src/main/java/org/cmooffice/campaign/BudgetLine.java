package org.cmooffice.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One item of a plan's budget, in yen.
 */
@Entity
@Table(name = "campaign_budget_line")
public class BudgetLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private CampaignPlan plan;

	@Column(nullable = false)
	private int position;

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
		this.plan = plan;
		this.position = position;
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
