package org.cmooffice.stakeholder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVPrinter;

import org.cmooffice.account.Accounts;
import org.cmooffice.account.Department;
import org.cmooffice.account.User;
import org.cmooffice.account.UserChoice;
import org.cmooffice.audit.AuditAction;
import org.cmooffice.audit.AuditEvent;
import org.cmooffice.audit.AuditLog;
import org.cmooffice.campaign.CampaignPlans;
import org.cmooffice.campaign.PlanReference;
import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.cmooffice.shared.web.BoundedPage;
import org.cmooffice.shared.web.NotFoundException;
import org.cmooffice.shared.web.Pages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stakeholder register. STAFF and the CMO read and write everything; a liaison reads
 * the stakeholders shared with their department and logs engagements with them; an
 * analyst reads everything without personal contact data.
 */
@Service
public class Stakeholders {

	static final String ENTITY = "STAKEHOLDER";

	/** How far ahead the follow-ups list looks. */
	static final int FOLLOW_UP_DAYS = 7;

	private static final int FOLLOW_UPS_SHOWN = 50;

	/** Dates before the register began are typing mistakes, not history. */
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	private final StakeholderRepository stakeholders;

	private final EngagementRepository engagements;

	private final StakeholderQueries queries;

	private final Accounts accounts;

	private final org.cmooffice.account.Departments departments;

	private final CampaignPlans plans;

	private final AuditLog auditLog;

	private final ExportAllowance exportAllowance;

	private final Clock clock;

	Stakeholders(StakeholderRepository stakeholders, EngagementRepository engagements, StakeholderQueries queries,
			Accounts accounts, org.cmooffice.account.Departments departments, CampaignPlans plans, AuditLog auditLog,
			ExportAllowance exportAllowance, Clock clock) {
		this.stakeholders = stakeholders;
		this.exportAllowance = exportAllowance;
		this.departments = departments;
		this.engagements = engagements;
		this.queries = queries;
		this.accounts = accounts;
		this.plans = plans;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public BoundedPage<StakeholderRow> search(CurrentUser user, StakeholderFilter filter, int page, int size) {
		return search(user, filter, page, size, BoundedPage.COUNT_LIMIT);
	}

	/** The same, counted only up to {@code countLimit} (no less than a thousand). */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public BoundedPage<StakeholderRow> search(CurrentUser user, StakeholderFilter filter, int page, int size,
			int countLimit) {
		BoundedPage<StakeholderRow> rows = this.queries.page(filter, scope(user), page, size, countLimit);
		return seesContacts(user) ? rows : rows.map(StakeholderRow::withoutContacts);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public Map<Quadrant, StakeholderQueries.GridCell> grid(CurrentUser user, StakeholderFilter filter) {
		return this.queries.grid(filter, scope(user));
	}

	/**
	 * The stakeholder page: the record, its engagement log and the departments it is
	 * shared with, read in one transaction, if the user may read the record.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public StakeholderPage page(CurrentUser user, long id) {
		Stakeholder stakeholder = get(user, id);
		List<Department> sharedWith = this.departments.all()
			.stream()
			.filter((department) -> stakeholder.isSharedWith(department.getId()))
			.toList();
		return new StakeholderPage(stakeholder, engagementLog(user, id), sharedWith);
	}

	/**
	 * A stakeholder with its departments, tags, owner and organisation loaded, if the
	 * user may read it.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public Stakeholder get(CurrentUser user, long id) {
		Stakeholder stakeholder = readable(user, id);
		stakeholder.getDepartmentIds();
		stakeholder.getTags();
		stakeholder.getOwner().getDisplayName();
		Optional.ofNullable(stakeholder.getOrganisation()).ifPresent(Stakeholder::getName);
		return stakeholder;
	}

	/**
	 * The personal data of a record for a reader who may see it (the office, and the
	 * liaisons it is shared with), or nothing (analysts).
	 */
	public static java.util.Optional<PersonalDetails> personalDetails(CurrentUser user, Stakeholder stakeholder) {
		return seesContacts(user) ? java.util.Optional.of(PersonalDetails.of(stakeholder)) : java.util.Optional.empty();
	}

	/**
	 * The stakeholder an engagement is about to be logged with, and the plans it may be
	 * linked to: the form's choices, read when the user starts to log one rather than on
	 * every view of the stakeholder's page.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON')")
	public EngagementChoices engagementChoices(CurrentUser user, long id) {
		return new EngagementChoices(engageable(user, id), this.plans.linkable(user));
	}

	/** The most recent engagements, newest first, with the plans they are linked to. */
	private EngagementLog engagementLog(CurrentUser user, long id) {
		List<Engagement> recent = this.engagements.findByStakeholderIdOrderByOccurredOnDescIdDesc(id,
				PageRequest.of(0, 100));
		Map<Long, PlanReference> linked = this.plans.references(user,
				recent.stream()
					.map(Engagement::getCampaignPlanId)
					.filter(java.util.Objects::nonNull)
					.distinct()
					.toList());
		return new EngagementLog(recent, this.engagements.countByStakeholderId(id), linked);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public Stakeholder create(StakeholderDetails details, long ownerId) {
		check(details, null);
		Stakeholder stakeholder = new Stakeholder(details, organisation(details), owner(ownerId));
		this.stakeholders.saveAndFlush(stakeholder);
		// Kind and category only: the audit log is append-only, and a person's name
		// written
		// there could never be erased when the person is anonymised.
		this.auditLog.record(AuditAction.STAKEHOLDER_CREATED, ENTITY, stakeholder.getId(),
				details.kind() + " " + details.category());
		return stakeholder;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public Stakeholder revise(long id, long version, StakeholderDetails details, long ownerId) {
		Stakeholder stakeholder = find(id);
		stakeholder.checkVersion(version);
		check(details, id);
		stakeholder.revise(details, organisation(details), owner(ownerId));
		this.stakeholders.flush();
		this.auditLog.record(AuditAction.STAKEHOLDER_EDITED, ENTITY, id, details.kind() + " " + details.category());
		return stakeholder;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON')")
	public Engagement logEngagement(CurrentUser user, long id, EngagementForm form) {
		Stakeholder stakeholder = engageable(user, id);
		LocalDate today = LocalDate.now(this.clock);
		if (form.getOccurredOn().isAfter(today)) {
			throw new InputRejected("occurredOn", "engagement.occurredOn.future");
		}
		if (form.getOccurredOn().isBefore(EARLIEST)) {
			throw new InputRejected("occurredOn", "engagement.date.range");
		}
		if (form.getFollowUpOn() != null && form.getFollowUpOn().isAfter(today.plusYears(5))) {
			throw new InputRejected("followUpOn", "engagement.date.range");
		}
		if (form.getFollowUpOn() != null && form.getFollowUpOn().isBefore(form.getOccurredOn())) {
			throw new InputRejected("followUpOn", "engagement.followUpOn.beforeOccurred");
		}
		if (form.getFollowUpOn() == null && !Forms.isBlank(form.getFollowUpAction())) {
			throw new InputRejected("followUpOn", "engagement.followUpOn.required");
		}
		Long planId = form.getCampaignPlanId();
		if (planId != null && this.plans.linkable(user).stream().noneMatch((plan) -> plan.id() == planId)) {
			throw new InputRejected("campaignPlanId", "engagement.plan.notLinkable");
		}
		Engagement engagement = this.engagements.save(new Engagement(stakeholder, form.getOccurredOn(), form.getType(),
				form.getSummary().strip(), Forms.clean(form.getAttendees()), planId, form.getFollowUpOn(),
				Forms.clean(form.getFollowUpAction()), user.getUsername(), this.clock.instant()));
		// Not through the entity: the engagement log is not an edit of the record, and
		// must
		// not make a colleague's open edit form stale.
		this.stakeholders.engagedOn(id, form.getOccurredOn());
		this.auditLog.record(AuditAction.ENGAGEMENT_LOGGED, ENTITY, id,
				form.getType() + " " + form.getOccurredOn() + ((planId != null) ? " plan " + planId : ""));
		return engagement;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON')")
	public void followUpDone(CurrentUser user, long id, long engagementId) {
		writableEngagements(user, id);
		Engagement engagement = this.engagements.findById(engagementId)
			.filter((found) -> found.getStakeholder().getId() == id)
			.orElseThrow(() -> new NotFoundException("Engagement", engagementId));
		engagement.followUpDone();
		this.auditLog.record(AuditAction.FOLLOW_UP_DONE, ENTITY, id, "engagement " + engagementId);
	}

	/** The signed-in user's open follow-ups due within a week, overdue first. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON')")
	public List<Engagement> followUpsDue(CurrentUser user) {
		LocalDate until = LocalDate.now(this.clock).plusDays(FOLLOW_UP_DAYS);
		if (isOffice(user)) {
			return this.engagements.followUpsDue(user.getUsername(), user.id(), until, FOLLOW_UPS_SHOWN);
		}
		Long department = user.departmentId();
		if (department == null) {
			return List.of();
		}
		return this.engagements.followUpsDueInDepartment(user.getUsername(), user.id(), department, until,
				FOLLOW_UPS_SHOWN);
	}

	/**
	 * Erases a person's personal data for good, and what the engagement texts say; keeps
	 * the statistics.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public void anonymise(CurrentUser user, long id, long version) {
		Stakeholder stakeholder = find(id);
		stakeholder.checkVersion(version);
		stakeholder.anonymise(user.getUsername(), this.clock.instant());
		this.stakeholders.flush();
		int erased = this.engagements.erasePersonalText(id);
		this.auditLog.record(AuditAction.STAKEHOLDER_ANONYMISED, ENTITY, id,
				"personal data erased; " + erased + " engagements kept without their texts");
	}

	/** Everything held about a person, for a disclosure request (開示請求); audited. */
	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public Disclosure disclosure(CurrentUser user, long id) {
		Stakeholder stakeholder = get(user, id);
		List<Engagement> all = this.engagements.findByStakeholderIdOrderByOccurredOnDescIdDesc(id,
				PageRequest.of(0, 10_000));
		List<AuditEvent> history = this.auditLog.historyOf(ENTITY, id);
		this.auditLog.record(AuditAction.DISCLOSURE_EXPORTED, ENTITY, id, "disclosure request answered");
		return new Disclosure(stakeholder, all, history);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public Page<Stakeholder> pastRetention(int page) {
		return this.stakeholders.pastRetention(LocalDate.now(this.clock),
				PageRequest.of(Pages.clamp(page), Pages.SIZE));
	}

	/**
	 * Writes the filtered register as CSV, without contact data for those who may not see
	 * it; every export is audited with its filters and row count, and taken from the
	 * user's daily allowance.
	 * @throws ExportAllowance.Exceeded if the rows do not fit what is left of it today
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'ANALYST')")
	public void export(CurrentUser user, StakeholderFilter filter, Writer writer) {
		boolean masked = !seesContacts(user);
		long rows = this.queries.count(filter, null);
		this.exportAllowance.take(user, rows);
		// Recorded first, on its own: an export the client aborts half-way was still
		// made.
		this.auditLog.recordIndependently(AuditAction.STAKEHOLDERS_EXPORTED, ENTITY, null,
				rows + " rows; " + (masked ? "contact and personal data masked; " : "") + "q=" + filter.getQ()
						+ ", category=" + filter.getCategory() + ", quadrant=" + filter.getQuadrant() + ", stance="
						+ filter.getStance() + ", department=" + filter.getDepartmentId() + ", owner="
						+ filter.getOwnerId() + ", sort=" + filter.getSort());
		try {
			CSVPrinter printer = StakeholderCsv.printer(writer);
			this.queries.export(filter, null, (row) -> StakeholderCsv.print(printer, row, masked));
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Names of stakeholders by id, for other areas' pages (the crisis list of whom to
	 * tell).
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public Map<Long, String> names(CurrentUser user, java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.stakeholders.findAllById(ids)
			.stream()
			.collect(java.util.stream.Collectors.toMap(Stakeholder::getId, Stakeholder::getName));
	}

	/** The STAFF users a stakeholder may be given to. */
	@Transactional(readOnly = true)
	public List<User> owners() {
		return this.accounts.activeWith(Role.STAFF);
	}

	/** The same users as the owner choice and filter offer them. */
	@Transactional(readOnly = true)
	public List<UserChoice> ownerChoices() {
		return this.accounts.choicesWith(Role.STAFF);
	}

	static boolean isOffice(CurrentUser user) {
		return user.isOffice();
	}

	/** The office and liaisons log engagements, while the record is not anonymised. */
	static boolean mayLogEngagements(CurrentUser user, Stakeholder stakeholder) {
		return logsEngagements(user) && !stakeholder.isAnonymised();
	}

	private static boolean logsEngagements(CurrentUser user) {
		return isOffice(user) || user.hasRole(Role.LIAISON);
	}

	/** Personal contact data is for the office and the liaisons it is shared with. */
	static boolean seesContacts(CurrentUser user) {
		return isOffice(user) || user.hasRole(Role.LIAISON);
	}

	/**
	 * The department a user's reading is limited to; none for the office and analysts.
	 */
	private static Long scope(CurrentUser user) {
		if (isOffice(user) || user.hasRole(Role.ANALYST)) {
			return null;
		}
		if (user.hasRole(Role.LIAISON) && user.departmentId() != null) {
			return user.departmentId();
		}
		throw new AccessDeniedException("No stakeholders for this user");
	}

	private Stakeholder readable(CurrentUser user, long id) {
		Stakeholder stakeholder = find(id);
		Long scope = scope(user);
		if (scope != null && !stakeholder.isSharedWith(scope)) {
			this.auditLog.recordRefusal(ENTITY, id, "not shared with department " + scope);
			throw new AccessDeniedException("Stakeholder not shared with the user's department");
		}
		return stakeholder;
	}

	private Stakeholder writableEngagements(CurrentUser user, long id) {
		Stakeholder stakeholder = readable(user, id);
		if (!logsEngagements(user)) {
			throw new AccessDeniedException("Only the office and liaisons log engagements");
		}
		return stakeholder;
	}

	/** A record a new engagement may be logged with: not one anonymised. */
	private Stakeholder engageable(CurrentUser user, long id) {
		Stakeholder stakeholder = writableEngagements(user, id);
		if (stakeholder.isAnonymised()) {
			throw new StakeholderRefused("stakeholder.refused.anonymised");
		}
		return stakeholder;
	}

	private Stakeholder find(long id) {
		return this.stakeholders.findById(id).orElseThrow(() -> new NotFoundException("Stakeholder", id));
	}

	/**
	 * What the form's annotations cannot say: each tag fits its column, departments
	 * exist, dates are plausible, a person's personal data has its purpose, source and
	 * retention date (APPI), and an organisation's name is its own.
	 */
	private void check(StakeholderDetails details, Long id) {
		if (details.tags().stream().anyMatch((tag) -> tag.length() > 50)) {
			throw new InputRejected("tags", "stakeholder.tags.tooLong");
		}
		java.util.Set<Long> known = this.departments.all()
			.stream()
			.map(Department::getId)
			.collect(java.util.stream.Collectors.toSet());
		if (!known.containsAll(details.departmentIds())) {
			throw new InputRejected("departmentIds", "stakeholder.departments.unknown");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (details.consentDate() != null
				&& (details.consentDate().isAfter(today) || details.consentDate().getYear() < 1900)) {
			throw new InputRejected("consentDate", "stakeholder.consentDate.range");
		}
		if (details.retentionDate() != null && (details.retentionDate().getYear() > 2200
				|| (details.consentDate() != null && details.retentionDate().isBefore(details.consentDate())))) {
			throw new InputRejected("retentionDate", "stakeholder.retentionDate.range");
		}
		if (details.kind() == StakeholderKind.PERSON) {
			if (details.purposeOfUse() == null) {
				throw new InputRejected("purposeOfUse", "stakeholder.purposeOfUse.required");
			}
			if (details.dataSource() == null) {
				throw new InputRejected("dataSource", "stakeholder.dataSource.required");
			}
			if (details.retentionDate() == null) {
				throw new InputRejected("retentionDate", "stakeholder.retentionDate.required");
			}
		}
		if (details.kind() == StakeholderKind.ORGANISATION
				&& this.stakeholders.findFirstByKindAndNameOrderByIdAsc(StakeholderKind.ORGANISATION, details.name())
					.filter((other) -> !other.getId().equals(id))
					.isPresent()) {
			throw new InputRejected("name", "stakeholder.organisation.duplicate");
		}
	}

	private Stakeholder organisation(StakeholderDetails details) {
		if (details.kind() != StakeholderKind.PERSON || details.organisationName() == null) {
			return null;
		}
		return this.stakeholders
			.findFirstByKindAndNameOrderByIdAsc(StakeholderKind.ORGANISATION, details.organisationName())
			.orElseThrow(() -> new InputRejected("organisationName", "stakeholder.organisation.unknown"));
	}

	private User owner(long ownerId) {
		return owners().stream()
			.filter((user) -> user.getId() == ownerId)
			.findFirst()
			.orElseThrow(() -> new InputRejected("ownerId", "stakeholder.owner.unknown"));
	}

	/** What the stakeholder page shows, besides what its reader may see of the record. */
	public record StakeholderPage(Stakeholder stakeholder, EngagementLog log, List<Department> sharedWith) {

	}

	/** A stakeholder's engagements as its page shows them. */
	public record EngagementLog(List<Engagement> recent, long total, Map<Long, PlanReference> plans) {

	}

	/** The engagement form's stakeholder and the plans an engagement may be linked to. */
	public record EngagementChoices(Stakeholder stakeholder, List<PlanReference> plans) {

	}

	/**
	 * The answer to a disclosure request: the record, its history and its engagements.
	 */
	public record Disclosure(Stakeholder stakeholder, List<Engagement> engagements, List<AuditEvent> history) {

	}

}
