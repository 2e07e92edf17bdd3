package org.cmooffice.stakeholder;

import java.time.Instant;
import java.time.LocalDate;

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
 * A contact with a stakeholder: what happened, who went, which campaign it served, and
 * what must follow by when.
 */
@Entity
@Table(name = "engagement")
public class Engagement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "stakeholder_id")
	private Stakeholder stakeholder;

	@Column(name = "occurred_on", nullable = false)
	private LocalDate occurredOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private EngagementType type;

	@Column(nullable = false)
	private String summary;

	private String attendees;

	@Column(name = "campaign_plan_id")
	private Long campaignPlanId;

	@Column(name = "follow_up_on")
	private LocalDate followUpOn;

	@Column(name = "follow_up_action")
	private String followUpAction;

	@Column(name = "follow_up_done", nullable = false)
	private boolean followUpDone;

	@Column(name = "logged_by", nullable = false, updatable = false)
	private String loggedBy;

	@Column(name = "logged_at", nullable = false, updatable = false)
	private Instant loggedAt;

	protected Engagement() {
	}

	Engagement(Stakeholder stakeholder, LocalDate occurredOn, EngagementType type, String summary, String attendees,
			Long campaignPlanId, LocalDate followUpOn, String followUpAction, String loggedBy, Instant loggedAt) {
		this.stakeholder = stakeholder;
		this.occurredOn = occurredOn;
		this.type = type;
		this.summary = summary;
		this.attendees = attendees;
		this.campaignPlanId = campaignPlanId;
		this.followUpOn = followUpOn;
		this.followUpAction = followUpAction;
		this.loggedBy = loggedBy;
		this.loggedAt = loggedAt;
	}

	void followUpDone() {
		this.followUpDone = true;
	}

	public Long getId() {
		return this.id;
	}

	public Stakeholder getStakeholder() {
		return this.stakeholder;
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public EngagementType getType() {
		return this.type;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getAttendees() {
		return this.attendees;
	}

	public Long getCampaignPlanId() {
		return this.campaignPlanId;
	}

	public LocalDate getFollowUpOn() {
		return this.followUpOn;
	}

	public String getFollowUpAction() {
		return this.followUpAction;
	}

	public boolean isFollowUpDone() {
		return this.followUpDone;
	}

	public boolean isFollowUpOpen() {
		return this.followUpOn != null && !this.followUpDone;
	}

	public String getLoggedBy() {
		return this.loggedBy;
	}

	public Instant getLoggedAt() {
		return this.loggedAt;
	}

}
