package org.cmooffice.campaign;

import java.time.Instant;

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

import org.hibernate.annotations.Immutable;

/**
 * One entry of a plan's timeline: a transition, an edit or a comment, with who, when and
 * why.
 */
@Entity
@Immutable
@Table(name = "campaign_plan_event")
public class PlanEvent {

	/** What happened; labels in the bundles as {@code campaign.event.*}. */
	public enum Kind {

		CREATED, EDITED, SUBMITTED, CHANGES_REQUESTED, CHECKLIST, RECOMMENDED, APPROVED, REJECTED, WITHDRAWN, ACTIVATED,
		COMPLETED, COMMENTED, ATTACHMENT_ADDED, ATTACHMENT_REMOVED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private CampaignPlan plan;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false, length = 64)
	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private Kind kind;

	@Column
	private String note;

	protected PlanEvent() {
	}

	PlanEvent(CampaignPlan plan, Instant occurredAt, String actor, Kind kind, String note) {
		this.plan = plan;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.kind = kind;
		this.note = note;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public Kind getKind() {
		return this.kind;
	}

	public String getNote() {
		return this.note;
	}

}
