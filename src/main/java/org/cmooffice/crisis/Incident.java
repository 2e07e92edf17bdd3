package org.cmooffice.crisis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.OptimisticLock;

import org.cmooffice.account.User;
import org.cmooffice.shared.persistence.BaseEntity;

/**
 * A crisis incident: how serious, where it stands, whom it affects, what happened when,
 * and whom to tell.
 */
@Entity
@Table(name = "crisis_incident")
public class Incident extends BaseEntity {

	/** Severity from which an open incident shows a banner on every page. */
	public static final int ALERT_SEVERITY = 3;

	/** The moves each status allows; a resolved incident may be reopened. */
	private static final Map<IncidentStatus, Set<IncidentStatus>> MOVES = Map.of(IncidentStatus.OPEN,
			Set.of(IncidentStatus.MONITORING, IncidentStatus.RESOLVED), IncidentStatus.MONITORING,
			Set.of(IncidentStatus.OPEN, IncidentStatus.RESOLVED), IncidentStatus.RESOLVED, Set.of(IncidentStatus.OPEN));

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false)
	private String description;

	private short severity;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private IncidentStatus status;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private Scenario scenario;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "owner_id")
	private User owner;

	@Column(name = "opened_at", nullable = false)
	private Instant openedAt;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "crisis_incident_department", joinColumns = @JoinColumn(name = "incident_id"))
	@Column(name = "department_id")
	private Set<Long> departmentIds = new HashSet<>();

	@OneToMany(mappedBy = "incident", cascade = CascadeType.PERSIST)
	@OrderBy("occurredAt, id")
	private List<TimelineEntry> timeline = new ArrayList<>();

	/** Whom to tell is kept beside the incident, not an edit of it: no version moves. */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "crisis_stakeholder", joinColumns = @JoinColumn(name = "incident_id"))
	@OptimisticLock(excluded = true)
	private List<InformedStakeholder> informed = new ArrayList<>();

	protected Incident() {
	}

	Incident(String title, String description, int severity, Scenario scenario, User owner,
			Collection<Long> departmentIds, String actor, Instant now) {
		this.status = IncidentStatus.OPEN;
		this.openedAt = now;
		revise(title, description, severity, scenario, owner, departmentIds);
		this.timeline.add(new TimelineEntry(this, now, actor, EntryKind.OPENED, title));
	}

	void revise(String title, String description, int severity, Scenario scenario, User owner,
			Collection<Long> departmentIds) {
		this.title = title;
		this.description = description;
		this.severity = (short) severity;
		this.scenario = scenario;
		this.owner = owner;
		this.departmentIds.clear();
		this.departmentIds.addAll(departmentIds);
	}

	void moveTo(IncidentStatus target, String actor, Instant now) {
		if (!MOVES.get(this.status).contains(target)) {
			throw new CrisisRefused("crisis.refused.move");
		}
		this.timeline.add(new TimelineEntry(this, now, actor, EntryKind.STATUS, this.status + ">" + target));
		this.status = target;
		this.resolvedAt = (target == IncidentStatus.RESOLVED) ? now : null;
	}

	TimelineEntry note(String text, String actor, Instant now) {
		TimelineEntry entry = new TimelineEntry(this, now, actor, EntryKind.NOTE, text);
		this.timeline.add(entry);
		return entry;
	}

	void statementApproved(int number, String actor, Instant now) {
		this.timeline.add(new TimelineEntry(this, now, actor, EntryKind.STATEMENT, String.valueOf(number)));
	}

	void inform(long stakeholderId) {
		if (this.informed.stream().noneMatch((i) -> i.getStakeholderId() == stakeholderId)) {
			this.informed.add(new InformedStakeholder(stakeholderId));
		}
	}

	void notified(long stakeholderId, String actor, Instant now) {
		this.informed.stream()
			.filter((i) -> i.getStakeholderId() == stakeholderId)
			.findFirst()
			.orElseThrow(() -> new CrisisRefused("crisis.refused.notListed"))
			.notified(actor, now);
	}

	public boolean affects(Long departmentId) {
		return departmentId != null && this.departmentIds.contains(departmentId);
	}

	public boolean isAlerting() {
		return this.status != IncidentStatus.RESOLVED && this.severity >= ALERT_SEVERITY;
	}

	public Set<IncidentStatus> getMoves() {
		return MOVES.get(this.status);
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public int getSeverity() {
		return this.severity;
	}

	public IncidentStatus getStatus() {
		return this.status;
	}

	public Scenario getScenario() {
		return this.scenario;
	}

	public User getOwner() {
		return this.owner;
	}

	public Instant getOpenedAt() {
		return this.openedAt;
	}

	public Instant getResolvedAt() {
		return this.resolvedAt;
	}

	public Set<Long> getDepartmentIds() {
		return Set.copyOf(this.departmentIds);
	}

	public List<TimelineEntry> getTimeline() {
		return List.copyOf(this.timeline);
	}

	public List<InformedStakeholder> getInformed() {
		return List.copyOf(this.informed);
	}

}
