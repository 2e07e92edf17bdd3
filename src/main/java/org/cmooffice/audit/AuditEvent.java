package org.cmooffice.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One line of the audit trail. Written once; the database refuses any change or removal.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false, length = 64)
	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private AuditAction action;

	@Column(name = "entity_type", length = 40)
	private String entityType;

	@Column(name = "entity_id", length = 64)
	private String entityId;

	@Column(length = 2000)
	private String summary;

	@Column(name = "client_address", length = 64)
	private String clientAddress;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, AuditAction action, String entityType, String entityId, String summary,
			String clientAddress) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.entityType = entityType;
		this.entityId = entityId;
		this.summary = summary;
		this.clientAddress = clientAddress;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public String getEntityType() {
		return this.entityType;
	}

	public String getEntityId() {
		return this.entityId;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getClientAddress() {
		return this.clientAddress;
	}

}
