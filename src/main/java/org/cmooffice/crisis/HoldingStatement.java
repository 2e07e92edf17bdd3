package org.cmooffice.crisis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.cmooffice.shared.persistence.BaseEntity;

/**
 * What the office says while the facts are being established: an incident's statement, or
 * a pre-cleared line of the library for a scenario. STAFF draft and submit; only the CMO
 * approves (a new numbered version) or returns it with a reason. An incident's draft that
 * is still word for word a pre-cleared line may be approved by the CMO in one step.
 */
@Entity
@Table(name = "holding_statement")
public class HoldingStatement extends BaseEntity {

	static final int MAX_TEXT = 10_000;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "incident_id")
	private Incident incident;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private Scenario scenario;

	@Column(nullable = false, length = 200)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private StatementStatus status;

	@Column(name = "text_ja", nullable = false)
	private String textJa;

	@Column(name = "text_en")
	private String textEn;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "from_library_id")
	private HoldingStatement fromLibrary;

	@Column(name = "return_reason")
	private String returnReason;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "submitted_by")
	private String submittedBy;

	@OneToMany(mappedBy = "statement", cascade = CascadeType.PERSIST)
	@OrderBy("number desc")
	private List<StatementVersion> versions = new ArrayList<>();

	protected HoldingStatement() {
	}

	/** A pre-cleared line of the library. */
	static HoldingStatement libraryLine(Scenario scenario, String title, String textJa, String textEn) {
		HoldingStatement line = new HoldingStatement();
		line.scenario = scenario;
		line.title = title;
		line.status = StatementStatus.DRAFT;
		line.textJa = textJa;
		line.textEn = textEn;
		return line;
	}

	/** An incident's statement, starting from a pre-cleared line when there is one. */
	static HoldingStatement forIncident(Incident incident, HoldingStatement line, String title) {
		HoldingStatement statement = new HoldingStatement();
		statement.incident = incident;
		statement.title = title;
		statement.status = StatementStatus.DRAFT;
		if (line != null) {
			StatementVersion cleared = line.getCurrent().orElseThrow();
			statement.fromLibrary = line;
			statement.textJa = cleared.getTextJa();
			statement.textEn = cleared.getTextEn();
		}
		else {
			statement.textJa = "";
		}
		return statement;
	}

	/** Editing puts an approved or returned statement back into draft; versions stay. */
	void edit(String title, String textJa, String textEn) {
		if (this.status == StatementStatus.SUBMITTED) {
			throw new CrisisRefused("crisis.statement.refused.submitted");
		}
		this.title = title;
		this.textJa = textJa;
		this.textEn = textEn;
		this.status = StatementStatus.DRAFT;
	}

	void submit(String actor, Instant now) {
		if (this.status != StatementStatus.DRAFT && this.status != StatementStatus.RETURNED) {
			throw new CrisisRefused("crisis.statement.refused.notDraft");
		}
		if (this.textJa == null || this.textJa.isBlank()) {
			throw new CrisisRefused("crisis.statement.refused.empty");
		}
		this.status = StatementStatus.SUBMITTED;
		this.submittedAt = now;
		this.submittedBy = actor;
		this.returnReason = null;
	}

	StatementVersion approve(String actor, Instant now) {
		if (this.status != StatementStatus.SUBMITTED) {
			throw new CrisisRefused("crisis.statement.refused.notSubmitted");
		}
		return newVersion(actor, now, false);
	}

	/**
	 * One step for the CMO: the draft is still, word for word, an approved pre-cleared
	 * line.
	 */
	StatementVersion approveUnchangedLine(String actor, Instant now) {
		if (this.fromLibrary == null) {
			throw new CrisisRefused("crisis.statement.refused.noLine");
		}
		if (!isUnchangedPreClearedLine()) {
			throw new CrisisRefused("crisis.statement.refused.changed");
		}
		return newVersion(actor, now, true);
	}

	void returnWith(String reason) {
		if (this.status != StatementStatus.SUBMITTED) {
			throw new CrisisRefused("crisis.statement.refused.notSubmitted");
		}
		this.status = StatementStatus.RETURNED;
		this.returnReason = reason;
	}

	private StatementVersion newVersion(String actor, Instant now, boolean fastTrack) {
		StatementVersion version = new StatementVersion(this, nextNumber(), this.textJa, this.textEn, now, actor,
				fastTrack);
		this.versions.add(0, version);
		this.status = StatementStatus.APPROVED;
		return version;
	}

	private int nextNumber() {
		return this.versions.stream().mapToInt(StatementVersion::getNumber).max().orElse(0) + 1;
	}

	public boolean isUnchangedPreClearedLine() {
		if (this.fromLibrary == null || this.status == StatementStatus.APPROVED) {
			return false;
		}
		Optional<StatementVersion> cleared = this.fromLibrary.getCurrent();
		return cleared.isPresent() && Objects.equals(cleared.get().getTextJa(), this.textJa)
				&& Objects.equals(cleared.get().getTextEn(), this.textEn);
	}

	/** The latest approved text: what the office says now. */
	public Optional<StatementVersion> getCurrent() {
		return this.versions.stream().findFirst();
	}

	public Incident getIncident() {
		return this.incident;
	}

	public Scenario getScenario() {
		return this.scenario;
	}

	public String getTitle() {
		return this.title;
	}

	public StatementStatus getStatus() {
		return this.status;
	}

	public String getTextJa() {
		return this.textJa;
	}

	public String getTextEn() {
		return this.textEn;
	}

	public HoldingStatement getFromLibrary() {
		return this.fromLibrary;
	}

	public String getReturnReason() {
		return this.returnReason;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public List<StatementVersion> getVersions() {
		return List.copyOf(this.versions);
	}

}
