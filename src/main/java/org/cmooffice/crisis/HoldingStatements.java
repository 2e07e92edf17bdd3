package org.cmooffice.crisis;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.cmooffice.audit.AuditAction;
import org.cmooffice.audit.AuditLog;
import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.web.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holding statements of incidents and the library of pre-cleared lines. STAFF draft and
 * submit; the CMO alone approves, returns, or approves an unchanged pre-cleared line in
 * one step.
 */
@Service
public class HoldingStatements {

	static final String ENTITY = "HOLDING_STATEMENT";

	private final HoldingStatementRepository statements;

	private final Incidents incidents;

	private final AuditLog auditLog;

	private final Clock clock;

	HoldingStatements(HoldingStatementRepository statements, Incidents incidents, AuditLog auditLog, Clock clock) {
		this.statements = statements;
		this.incidents = incidents;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The incident's statement, with its versions, if one has been started. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public Optional<HoldingStatement> ofIncident(CurrentUser user, long incidentId) {
		this.incidents.readable(user, incidentId);
		return this.statements.findByIncidentId(incidentId).map(HoldingStatements::loaded);
	}

	/**
	 * Starts the incident's statement: from the first approved pre-cleared line of its
	 * scenario when there is one, otherwise blank.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public HoldingStatement start(long incidentId) {
		Optional<HoldingStatement> existing = this.statements.findByIncidentId(incidentId);
		if (existing.isPresent()) {
			return existing.get();
		}
		Incident incident = this.incidents.find(incidentId);
		HoldingStatement line = (incident.getScenario() != null)
				? this.statements.findByScenarioOrderByIdAsc(incident.getScenario())
					.stream()
					.filter((candidate) -> candidate.getCurrent().isPresent())
					.findFirst()
					.orElse(null)
				: null;
		HoldingStatement statement = this.statements
			.saveAndFlush(HoldingStatement.forIncident(incident, line, incident.getTitle()));
		this.auditLog.record(AuditAction.STATEMENT_DRAFTED, ENTITY, statement.getId(),
				"incident " + incidentId + ((line != null) ? ", from pre-cleared line " + line.getId() : ""));
		return statement;
	}

	/**
	 * Statements and pre-cleared lines submitted and waiting for the CMO, oldest first.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('CMO')")
	public List<HoldingStatement> awaitingApproval() {
		List<HoldingStatement> waiting = this.statements.findByStatusOrderBySubmittedAtAsc(StatementStatus.SUBMITTED);
		waiting.forEach((statement) -> {
			if (statement.getIncident() != null) {
				statement.getIncident().getTitle();
			}
		});
		return waiting;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'ANALYST')")
	public List<HoldingStatement> library() {
		List<HoldingStatement> lines = this.statements.findByIncidentIsNullOrderByScenarioAscTitleAsc();
		lines.forEach(HoldingStatements::loaded);
		return lines;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'ANALYST')")
	public HoldingStatement libraryLine(long id) {
		HoldingStatement line = find(id);
		if (line.getIncident() != null) {
			throw new NotFoundException("Pre-cleared line", id);
		}
		return loaded(line);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public HoldingStatement createLine(StatementForm form) {
		if (form.getScenario() == null) {
			throw new InputRejected("scenario", "crisis.library.scenarioRequired");
		}
		HoldingStatement line = this.statements.saveAndFlush(HoldingStatement.libraryLine(form.getScenario(),
				form.getTitle().strip(), form.getTextJa().strip(), form.englishOrNull()));
		this.auditLog.record(AuditAction.STATEMENT_DRAFTED, ENTITY, line.getId(),
				"pre-cleared line " + form.getTitle());
		return line;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public HoldingStatement edit(long id, StatementForm form) {
		HoldingStatement statement = find(id);
		statement.checkVersion(form.getVersion());
		statement.edit(form.getTitle().strip(), form.getTextJa().strip(), form.englishOrNull());
		this.statements.flush();
		this.auditLog.record(AuditAction.STATEMENT_DRAFTED, ENTITY, id, form.getTitle());
		return statement;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public HoldingStatement submit(CurrentUser user, long id, long version) {
		HoldingStatement statement = find(id);
		statement.checkVersion(version);
		statement.submit(user.getUsername(), this.clock.instant());
		this.statements.flush();
		this.auditLog.record(AuditAction.STATEMENT_SUBMITTED, ENTITY, id, statement.getTitle());
		return statement;
	}

	@Transactional
	@PreAuthorize("hasRole('CMO')")
	public StatementVersion approve(CurrentUser user, long id, long version) {
		HoldingStatement statement = find(id);
		statement.checkVersion(version);
		return approved(statement, statement.approve(user.getUsername(), this.clock.instant()), user);
	}

	/**
	 * The fast track: an incident's draft that is still word for word a pre-cleared line.
	 */
	@Transactional
	@PreAuthorize("hasRole('CMO')")
	public StatementVersion approveUnchangedLine(CurrentUser user, long id, long version) {
		HoldingStatement statement = find(id);
		statement.checkVersion(version);
		return approved(statement, statement.approveUnchangedLine(user.getUsername(), this.clock.instant()), user);
	}

	@Transactional
	@PreAuthorize("hasRole('CMO')")
	public HoldingStatement returnWith(long id, long version, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InputRejected("reason", "crisis.statement.reasonRequired");
		}
		HoldingStatement statement = find(id);
		statement.checkVersion(version);
		statement.returnWith(reason.strip());
		this.statements.flush();
		this.auditLog.record(AuditAction.STATEMENT_RETURNED, ENTITY, id, "returned with a reason");
		return statement;
	}

	private StatementVersion approved(HoldingStatement statement, StatementVersion version, CurrentUser user) {
		this.statements.flush();
		if (statement.getIncident() != null) {
			statement.getIncident().statementApproved(version.getNumber(), user.getUsername(), this.clock.instant());
		}
		this.auditLog.record(AuditAction.STATEMENT_APPROVED, ENTITY, statement.getId(),
				"version " + version.getNumber() + (version.isFastTrack() ? " (pre-cleared, fast track)" : ""));
		return version;
	}

	/** A statement for the office's editing pages, with its versions. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public HoldingStatement find(long id) {
		HoldingStatement statement = this.statements.findById(id)
			.orElseThrow(() -> new NotFoundException("Holding statement", id));
		if (statement.getIncident() != null) {
			statement.getIncident().getTitle();
		}
		return loaded(statement);
	}

	private static HoldingStatement loaded(HoldingStatement statement) {
		statement.getVersions();
		if (statement.getFromLibrary() != null) {
			statement.getFromLibrary().getVersions();
		}
		return statement;
	}

}
