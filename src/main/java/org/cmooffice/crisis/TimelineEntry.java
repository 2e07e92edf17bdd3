package org.cmooffice.crisis;

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
 * One line of an incident's timeline: written once, never changed or removed (the
 * database refuses it too). Entries the application writes itself (opened, status,
 * statement approved) carry their facts in the text and are labelled by kind.
 */
@Entity
@Immutable
@Table(name = "crisis_timeline_entry")
public class TimelineEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "incident_id")
	private Incident incident;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false, length = 64)
	private String author;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private EntryKind kind;

	@Column(nullable = false)
	private String text;

	protected TimelineEntry() {
	}

	TimelineEntry(Incident incident, Instant occurredAt, String author, EntryKind kind, String text) {
		this.incident = incident;
		this.occurredAt = occurredAt;
		this.author = author;
		this.kind = kind;
		this.text = text;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getAuthor() {
		return this.author;
	}

	public EntryKind getKind() {
		return this.kind;
	}

	public String getText() {
		return this.text;
	}

}
