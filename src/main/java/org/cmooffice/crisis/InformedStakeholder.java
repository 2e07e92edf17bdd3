package org.cmooffice.crisis;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stakeholder to inform about an incident, and when they were told. */
@Embeddable
public class InformedStakeholder {

	@Column(name = "stakeholder_id", nullable = false)
	private long stakeholderId;

	@Column(name = "notified_at")
	private Instant notifiedAt;

	@Column(name = "notified_by")
	private String notifiedBy;

	protected InformedStakeholder() {
	}

	InformedStakeholder(long stakeholderId) {
		this.stakeholderId = stakeholderId;
	}

	void notified(String actor, Instant now) {
		this.notifiedAt = now;
		this.notifiedBy = actor;
	}

	public long getStakeholderId() {
		return this.stakeholderId;
	}

	public Instant getNotifiedAt() {
		return this.notifiedAt;
	}

	public String getNotifiedBy() {
		return this.notifiedBy;
	}

	public boolean isNotified() {
		return this.notifiedAt != null;
	}

}
