package org.cmooffice.crisis;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A text the CMO approved, numbered; every one is kept and stays readable. */
@Entity
@Immutable
@Table(name = "holding_statement_version")
public class StatementVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "statement_id")
	private HoldingStatement statement;

	@Column(nullable = false)
	private int number;

	@Column(name = "text_ja", nullable = false)
	private String textJa;

	@Column(name = "text_en")
	private String textEn;

	@Column(name = "approved_at", nullable = false)
	private Instant approvedAt;

	@Column(name = "approved_by", nullable = false)
	private String approvedBy;

	@Column(name = "fast_track", nullable = false)
	private boolean fastTrack;

	protected StatementVersion() {
	}

	StatementVersion(HoldingStatement statement, int number, String textJa, String textEn, Instant approvedAt,
			String approvedBy, boolean fastTrack) {
		this.statement = statement;
		this.number = number;
		this.textJa = textJa;
		this.textEn = textEn;
		this.approvedAt = approvedAt;
		this.approvedBy = approvedBy;
		this.fastTrack = fastTrack;
	}

	public int getNumber() {
		return this.number;
	}

	public String getTextJa() {
		return this.textJa;
	}

	public String getTextEn() {
		return this.textEn;
	}

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

	public String getApprovedBy() {
		return this.approvedBy;
	}

	public boolean isFastTrack() {
		return this.fastTrack;
	}

}
