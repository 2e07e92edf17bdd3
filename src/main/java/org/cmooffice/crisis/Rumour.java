package org.cmooffice.crisis;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cmooffice.shared.persistence.BaseEntity;

/**
 * A rumour or piece of misinformation (風評): the claim, its spread, the facts, the answer.
 */
@Entity
@Table(name = "rumour")
public class Rumour extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "incident_id")
	private Incident incident;

	@Column(nullable = false)
	private String claim;

	@Column(name = "first_seen", nullable = false)
	private LocalDate firstSeen;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private RumourChannel channel;

	@Column(name = "estimated_reach")
	private Long estimatedReach;

	@Enumerated(EnumType.STRING)
	@Column(name = "fact_check", nullable = false, length = 12)
	private FactCheck factCheck;

	private String sources;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private RumourResponse response;

	@Enumerated(EnumType.STRING)
	@Column(name = "response_status", nullable = false, length = 12)
	private ResponseStatus responseStatus;

	protected Rumour() {
	}

	Rumour(Incident incident, RumourForm form) {
		this.incident = incident;
		revise(incident, form);
	}

	void revise(Incident incident, RumourForm form) {
		this.incident = incident;
		this.claim = form.getClaim().strip();
		this.firstSeen = form.getFirstSeen();
		this.channel = form.getChannel();
		this.estimatedReach = form.getEstimatedReach();
		this.factCheck = form.getFactCheck();
		this.sources = (form.getSources() == null || form.getSources().isBlank()) ? null : form.getSources().strip();
		this.response = form.getResponse();
		this.responseStatus = form.getResponseStatus();
	}

	public Incident getIncident() {
		return this.incident;
	}

	public String getClaim() {
		return this.claim;
	}

	public LocalDate getFirstSeen() {
		return this.firstSeen;
	}

	public RumourChannel getChannel() {
		return this.channel;
	}

	public Long getEstimatedReach() {
		return this.estimatedReach;
	}

	public FactCheck getFactCheck() {
		return this.factCheck;
	}

	public String getSources() {
		return this.sources;
	}

	public RumourResponse getResponse() {
		return this.response;
	}

	public ResponseStatus getResponseStatus() {
		return this.responseStatus;
	}

}
