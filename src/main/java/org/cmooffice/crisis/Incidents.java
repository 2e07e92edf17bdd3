package org.cmooffice.crisis;

import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.cmooffice.account.Accounts;
import org.cmooffice.account.User;
import org.cmooffice.audit.AuditAction;
import org.cmooffice.audit.AuditLog;
import org.cmooffice.notification.Notifications;
import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
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

	static final String ENTITY = "CRISIS_INCIDENT";

	private final IncidentRepository incidents;

	private final Accounts accounts;

	private final Notifications notifications;

	private final AuditLog auditLog;

	private final EntityManager entityManager;

	private final Clock clock;

	Incidents(IncidentRepository incidents, Accounts accounts, Notifications notifications, AuditLog auditLog,
			EntityManager entityManager, Clock clock) {
		this.incidents = incidents;
		this.accounts = accounts;
		this.notifications = notifications;
		this.auditLog = auditLog;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public Page<Incident> search(CurrentUser user, IncidentStatus status, int page) {
		return this.incidents.search(scope(user), status, PageRequest.of(Pages.clamp(page), Pages.SIZE,
				Sort.by(Sort.Order.desc("openedAt"), Sort.Order.desc("id"))));
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

	/**
	 * Open serious incidents the user should be reminded of on every page: all of them
	 * for the office, those affecting their department for a liaison, none for others.
	 */
	@Transactional(readOnly = true)
	public List<Incident> alerting(CurrentUser user) {
		Long department;
		if (isOffice(user)) {
			department = null;
		}
		else if (user.hasRole(Role.LIAISON) && user.departmentId() != null) {
			department = user.departmentId();
		}
		else {
			return List.of();
		}
		return this.incidents.alerting((short) Incident.ALERT_SEVERITY, department, PageRequest.of(0, 3));
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public Incident open(CurrentUser user, IncidentForm form) {
		Incident incident = new Incident(form.getTitle().strip(), form.getDescription().strip(), form.getSeverity(),
				form.getScenario(), owner(form.getOwnerId()), form.departments(), user.getUsername(),
				this.clock.instant());
		this.incidents.saveAndFlush(incident);
		this.auditLog.record(AuditAction.INCIDENT_OPENED, ENTITY, incident.getId(),
				"severity " + incident.getSeverity() + ": " + incident.getTitle());
		for (long cmo : this.accounts.activeUserIdsWith(Role.CMO)) {
			this.notifications.notify(cmo, "notification.crisis.opened", "/crisis/" + incident.getId(),
					String.valueOf(incident.getSeverity()), incident.getTitle());
		}
		return incident;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public Incident revise(long id, IncidentForm form) {
		Incident incident = find(id);
		incident.checkVersion(form.getVersion());
		incident.revise(form.getTitle().strip(), form.getDescription().strip(), form.getSeverity(), form.getScenario(),
				owner(form.getOwnerId()), form.departments());
		this.incidents.flush();
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
		incident.moveTo(target, user.getUsername(), this.clock.instant());
		this.incidents.flush();
		this.auditLog.record(AuditAction.INCIDENT_STATUS, ENTITY, id, from + " → " + target);
		return incident;
	}

	/** A line on the timeline; liaisons may add to the incidents affecting them. */
	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON')")
	public void note(CurrentUser user, long id, String text) {
		if (text == null || text.isBlank()) {
			throw new InputRejected("text", "crisis.timeline.required");
		}
		if (text.strip().length() > 4000) {
			throw new InputRejected("text", "crisis.timeline.tooLong");
		}
		Incident incident = readable(user, id);
		if (!isOffice(user) && !user.hasRole(Role.LIAISON)) {
			throw new AccessDeniedException("Only the office and liaisons write the timeline");
		}
		// The timeline is the incident's: a new line moves its version, so a page showing
		// an older timeline is known to be out of date.
		this.entityManager.lock(incident, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		incident.note(text.strip(), user.getUsername(), this.clock.instant());
		this.incidents.flush();
		this.auditLog.record(AuditAction.INCIDENT_NOTE, ENTITY, id, text.strip());
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
		return user.hasRole(Role.STAFF) || user.hasRole(Role.CMO);
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

	private User owner(long ownerId) {
		return owners().stream()
			.filter((user) -> user.getId() == ownerId)
			.findFirst()
			.orElseThrow(() -> new InputRejected("ownerId", "crisis.owner.unknown"));
	}

}
