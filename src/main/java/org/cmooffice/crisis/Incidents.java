package org.cmooffice.crisis;

import java.time.Clock;
import java.util.List;

import org.cmooffice.account.Accounts;
import org.cmooffice.account.User;
import org.cmooffice.audit.AuditAction;
import org.cmooffice.audit.AuditLog;
import org.cmooffice.notification.Notifications;
import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.Like;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.cmooffice.shared.web.BoundedPage;
import org.cmooffice.shared.web.NotFoundException;
import org.cmooffice.shared.web.Pages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Crisis incidents. STAFF and the CMO open and run them; a liaison reads the incidents
 * affecting their department and adds to their timeline; analysts read everything.
 */
@Service
public class Incidents {

	/** Incidents newest first, as every list of them shows them. */
	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("openedAt"), Sort.Order.desc("id"));

	static final String ENTITY = "CRISIS_INCIDENT";

	private final IncidentRepository incidents;

	private final Accounts accounts;

	private final Notifications notifications;

	private final AuditLog auditLog;

	private final org.cmooffice.account.Departments departments;

	private final Clock clock;

	Incidents(IncidentRepository incidents, Accounts accounts, org.cmooffice.account.Departments departments,
			Notifications notifications, AuditLog auditLog, Clock clock) {
		this.incidents = incidents;
		this.departments = departments;
		this.accounts = accounts;
		this.notifications = notifications;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public Page<Incident> search(CurrentUser user, IncidentStatus status, int page) {
		return this.incidents.search(scope(user), status, PageRequest.of(Pages.clamp(page), Pages.SIZE, NEWEST_FIRST));
	}

	/**
	 * Incidents mentioning the words, as the user may read them, newest first, for the
	 * global search; counted up to {@code countLimit}.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public BoundedPage<Incident> searchText(CurrentUser user, String words, int page, int size, int countLimit) {
		Long departmentId = scope(user);
		String text = Like.containing(words);
		String pair = Like.pair(words);
		return BoundedPage.read(page, size, countLimit,
				(upTo) -> this.incidents.countUpTo(departmentId, text, pair, upTo),
				(request) -> this.incidents.searchText(departmentId, text, pair, request.withSort(NEWEST_FIRST)));
	}

	/** Open incidents (not monitored or resolved) that the user may read. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public long openCount(CurrentUser user) {
		return this.incidents.countOpen(scope(user));
	}

	/** An incident with everything its page shows, if the user may read it. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public Incident get(CurrentUser user, long id) {
		Incident incident = readable(user, id);
		incident.getOwner().getDisplayName();
		incident.getDepartmentIds();
		incident.getTimeline();
		incident.getInformed();
		return incident;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public Incident open(CurrentUser user, IncidentForm form) {
		Incident incident = new Incident(form.getTitle().strip(), form.getDescription().strip(), form.getSeverity(),
				form.getScenario(), owner(form.getOwnerId(), null), departments(form), user.getUsername(),
				this.clock.instant());
		this.incidents.saveAndFlush(incident);
		this.auditLog.record(AuditAction.INCIDENT_OPENED, ENTITY, incident.getId(),
				"severity " + incident.getSeverity() + ": " + incident.getTitle());
		tellTheCmo(user, incident, "notification.crisis.opened");
		return incident;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public Incident revise(long id, IncidentForm form) {
		Incident incident = find(id);
		incident.checkVersion(form.getVersion());
		boolean wasAlerting = incident.isAlerting();
		incident.revise(form.getTitle().strip(), form.getDescription().strip(), form.getSeverity(), form.getScenario(),
				owner(form.getOwnerId(), incident.getOwner()), departments(form));
		this.incidents.flush();
		if (!wasAlerting && incident.isAlerting()) {
			tellTheCmo(null, incident, "notification.crisis.serious");
		}
		this.auditLog.record(AuditAction.INCIDENT_EDITED, ENTITY, id,
				"severity " + incident.getSeverity() + ": " + incident.getTitle());
		return incident;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public Incident move(CurrentUser user, long id, long version, IncidentStatus target) {
		Incident incident = find(id);
		incident.checkVersion(version);
		IncidentStatus from = incident.getStatus();
		boolean wasAlerting = incident.isAlerting();
		incident.moveTo(target, user.getUsername(), this.clock.instant());
		this.incidents.flush();
		if (!wasAlerting && incident.isAlerting()) {
			tellTheCmo(user, incident, "notification.crisis.serious");
		}
		this.auditLog.record(AuditAction.INCIDENT_STATUS, ENTITY, id, from + " → " + target);
		return incident;
	}

	/** A line on the timeline; liaisons may add to the incidents affecting them. */
	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON')")
	public void note(CurrentUser user, long id, String text) {
		// Who may write comes first: someone refused learns nothing from a message about
		// their text.
		Incident incident = readable(user, id);
		if (!isOffice(user) && !user.hasRole(Role.LIAISON)) {
			throw new AccessDeniedException("Only the office and liaisons write the timeline");
		}
		if (text == null || text.isBlank()) {
			throw new InputRejected("text", "crisis.timeline.required");
		}
		if (text.strip().length() > 4000) {
			throw new InputRejected("text", "crisis.timeline.tooLong");
		}
		// A line on the timeline is not an edit of the incident: it neither waits for nor
		// disturbs a colleague's open edit form.
		TimelineEntry entry = incident.note(text.strip(), user.getUsername(), this.clock.instant());
		this.incidents.flush();
		// The text may name people; the append-only audit log keeps only that it was
		// written.
		this.auditLog.record(AuditAction.INCIDENT_NOTE, ENTITY, id, "timeline entry " + entry.getId());
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public void inform(long id, long stakeholderId) {
		Incident incident = find(id);
		incident.inform(stakeholderId);
		this.auditLog.record(AuditAction.INCIDENT_EDITED, ENTITY, id, "stakeholder to inform " + stakeholderId);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public void notified(CurrentUser user, long id, long stakeholderId) {
		Incident incident = find(id);
		incident.notified(stakeholderId, user.getUsername(), this.clock.instant());
		this.auditLog.record(AuditAction.INCIDENT_EDITED, ENTITY, id, "stakeholder informed " + stakeholderId);
	}

	/** The STAFF and CMO users an incident may be given to. */
	@Transactional(readOnly = true)
	public List<User> owners() {
		List<User> owners = new java.util.ArrayList<>(this.accounts.activeWith(Role.STAFF));
		this.accounts.activeWith(Role.CMO).stream().filter((u) -> !owners.contains(u)).forEach(owners::add);
		return owners;
	}

	static boolean isOffice(CurrentUser user) {
		return user.isOffice();
	}

	Incident readable(CurrentUser user, long id) {
		Incident incident = find(id);
		Long scope = scope(user);
		if (scope != null && !incident.affects(scope)) {
			this.auditLog.recordRefusal(ENTITY, id, "incident does not affect department " + scope);
			throw new AccessDeniedException("Incident does not affect the user's department");
		}
		return incident;
	}

	Incident find(long id) {
		return this.incidents.findById(id).orElseThrow(() -> new NotFoundException("Incident", id));
	}

	private static Long scope(CurrentUser user) {
		if (isOffice(user) || user.hasRole(Role.ANALYST)) {
			return null;
		}
		if (user.hasRole(Role.LIAISON) && user.departmentId() != null) {
			return user.departmentId();
		}
		throw new AccessDeniedException("No incidents for this user");
	}

	/** The owner chosen; the one the incident has keeps it even if no longer active. */
	private User owner(long ownerId, User current) {
		if (current != null && current.getId() == ownerId) {
			return current;
		}
		return owners().stream()
			.filter((user) -> user.getId() == ownerId)
			.findFirst()
			.orElseThrow(() -> new InputRejected("ownerId", "crisis.owner.unknown"));
	}

	private java.util.Set<Long> departments(IncidentForm form) {
		java.util.Set<Long> chosen = new java.util.HashSet<>();
		form.departments().stream().filter(java.util.Objects::nonNull).forEach(chosen::add);
		java.util.Set<Long> known = this.departments.all()
			.stream()
			.map(org.cmooffice.account.Department::getId)
			.collect(java.util.stream.Collectors.toSet());
		if (!known.containsAll(chosen)) {
			throw new InputRejected("departmentIds", "crisis.departments.unknown");
		}
		return chosen;
	}

	/** Every CMO but the one who acted is told of a serious incident. */
	private void tellTheCmo(CurrentUser actor, Incident incident, String messageKey) {
		for (long cmo : this.accounts.activeUserIdsWith(Role.CMO)) {
			if (actor == null || actor.id() != cmo) {
				this.notifications.notify(cmo, messageKey, "/crisis/" + incident.getId(),
						String.valueOf(incident.getSeverity()), incident.getTitle());
			}
		}
	}

}
