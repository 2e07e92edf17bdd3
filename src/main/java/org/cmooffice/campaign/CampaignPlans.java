package org.cmooffice.campaign;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.cmooffice.account.Accounts;
import org.cmooffice.account.Department;
import org.cmooffice.account.Departments;
import org.cmooffice.admin.Settings;
import org.cmooffice.audit.AuditAction;
import org.cmooffice.audit.AuditLog;
import org.cmooffice.brand.BrandChecklist;
import org.cmooffice.notification.Notifications;
import org.cmooffice.shared.FiscalYear;
import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.Like;
import org.cmooffice.shared.WorkingDays;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.cmooffice.shared.web.BoundedPage;
import org.cmooffice.shared.web.NotFoundException;
import org.cmooffice.shared.web.Pages;
import org.cmooffice.strategy.ObjectiveOption;
import org.cmooffice.strategy.Strategies;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaign plans and their workflow. Every method checks who may do what to which plan: a
 * liaison only ever reaches the plans of their own department, whatever the route; the
 * CMO office and analysts reach all. Each change is written to the plan's timeline and to
 * the audit log in the same transaction, and the people who must act are notified.
 */
@Service
public class CampaignPlans {

	static final String ENTITY = "CAMPAIGN_PLAN";

	private final CampaignPlanRepository plans;

	private final CampaignPlanTally tally;

	private final Departments departments;

	private final Accounts accounts;

	private final Settings settings;

	private final AuditLog auditLog;

	private final Notifications notifications;

	private final BlackoutPeriods blackouts;

	private final EntityManager entityManager;

	private final BrandChecklist brandChecklist;

	private final Strategies strategies;

	private final WorkingDays workingDays;

	private final Clock clock;

	CampaignPlans(CampaignPlanRepository plans, CampaignPlanTally tally, Departments departments, Accounts accounts,
			Settings settings, AuditLog auditLog, Notifications notifications, BlackoutPeriods blackouts,
			WorkingDays workingDays, EntityManager entityManager, Strategies strategies, BrandChecklist brandChecklist,
			Clock clock) {
		this.plans = plans;
		this.tally = tally;
		this.brandChecklist = brandChecklist;
		this.entityManager = entityManager;
		this.strategies = strategies;
		this.blackouts = blackouts;
		this.workingDays = workingDays;
		this.departments = departments;
		this.accounts = accounts;
		this.settings = settings;
		this.auditLog = auditLog;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * A page of plans; a liaison sees their own department's only, whatever the filter
	 * says.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public Page<CampaignPlanRow> search(CurrentUser user, PlanFilter filter, int page, int size) {
		Long departmentId = readsAll(user) ? filter.getDepartmentId() : user.departmentId();
		String text = (filter.getQ() == null || filter.getQ().isBlank()) ? "" : Like.containing(filter.getQ());
		PageRequest request = PageRequest.of(Pages.clamp(page), size, filter.getSort().sort());
		if (text.isEmpty() && filter.getChannel() == null && !filter.isRecommended()) {
			// Filters the tally is kept by: counted from its rows, not from the plans.
			return new PageImpl<>(this.plans.rows(departmentId, filter.getYear(), filter.getStatus(), request), request,
					this.tally.plans(departmentId, filter.getYear(), filter.getStatus()));
		}
		return this.plans.search(departmentId, filter.getYear(), filter.getStatus(), filter.getChannel(), text,
				Like.pair(filter.getQ()), filter.isRecommended(), request);
	}

	/**
	 * Plans whose title contains the words, by start date as the list has them, for the
	 * global search (a liaison's department's only); counted up to {@code countLimit}.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public BoundedPage<CampaignPlanRow> searchTitles(CurrentUser user, String words, int page, int size,
			int countLimit) {
		Long departmentId = readsAll(user) ? null : user.departmentId();
		String text = Like.containing(words);
		String pair = Like.pair(words);
		return BoundedPage.read(page, size, countLimit,
				(upTo) -> this.plans.countTitleMatchesUpTo(departmentId, text, pair, upTo), (request) -> this.plans
					.titleMatches(departmentId, text, pair, request.withSort(PlanSort.START.sort())));
	}

	/** A plan with everything its page shows. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public CampaignPlan get(CurrentUser user, long id) {
		CampaignPlan plan = readable(user, id);
		plan.getDepartment().getCode();
		plan.getChannels();
		plan.getChecks();
		plan.getObjectiveIds();
		plan.getBudgetLines();
		plan.getMilestones();
		plan.getKpis();
		plan.getRisks();
		plan.getEvents();
		return plan;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('STAFF', 'LIAISON')")
	public CampaignPlan create(CurrentUser user, Long departmentId, PlanContent content) {
		Department department;
		if (isOffice(user)) {
			if (departmentId == null) {
				throw new InputRejected("departmentId", "campaign.department.required");
			}
			department = this.departments.get(departmentId);
		}
		else {
			department = this.departments.get(user.departmentId());
		}
		if (!department.isActive()) {
			throw new InputRejected("departmentId", "account.department.inactive");
		}
		validate(content);
		CampaignPlan plan = this.plans.save(new CampaignPlan(department, content, user.getUsername(), now()));
		this.auditLog.record(AuditAction.CAMPAIGN_CREATED, ENTITY, plan.getId(),
				department.getCode() + ": " + plan.getTitle());
		return plan;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('STAFF', 'LIAISON')")
	public CampaignPlan revise(CurrentUser user, long id, long version, PlanContent content) {
		CampaignPlan plan = editable(user, id, version);
		validate(content);
		plan.revise(content, user.getUsername(), now());
		this.auditLog.record(AuditAction.CAMPAIGN_EDITED, ENTITY, id, plan.getTitle());
		return plan;
	}

	/**
	 * Sends the plan to the CMO office. A schedule running into a blackout period needs a
	 * written justification.
	 */
	@Transactional
	@PreAuthorize("hasRole('LIAISON')")
	public CampaignPlan submit(CurrentUser user, long id, long version, String justification) {
		CampaignPlan plan = ownDepartments(user, id, version);
		boolean inBlackout = !this.blackouts.overlapping(plan.getStartDate(), plan.getEndDate()).isEmpty();
		plan.submit(user.getUsername(), now(), inBlackout, justification);
		this.auditLog.record(AuditAction.CAMPAIGN_SUBMITTED, ENTITY, id, plan.getTitle());
		notifyAll(this.accounts.activeUserIdsWith(Role.STAFF), "notification.campaign.submitted", plan);
		return plan;
	}

	@Transactional
	@PreAuthorize("hasRole('LIAISON')")
	public CampaignPlan withdraw(CurrentUser user, long id, long version, String reason) {
		CampaignPlan plan = ownDepartments(user, id, version);
		plan.withdraw(user.getUsername(), now(), reason);
		this.auditLog.record(AuditAction.CAMPAIGN_WITHDRAWN, ENTITY, id, plan.getTitle());
		return plan;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('STAFF', 'CMO')")
	public CampaignPlan requestChanges(CurrentUser user, long id, long version, String reason) {
		CampaignPlan plan = reviewable(user, id, version);
		plan.requestChanges(user.getUsername(), now(), reason);
		this.auditLog.record(AuditAction.CAMPAIGN_CHANGES_REQUESTED, ENTITY, id, plan.getTitle() + ": " + reason);
		notifyLiaisons(plan, "notification.campaign.changesRequested");
		return plan;
	}

	/**
	 * The reviewer's ticks on the brand compliance checklist; approval needs them all.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('STAFF', 'CMO')")
	public CampaignPlan tick(CurrentUser user, long id, long version, Set<String> ticked) {
		List<String> checklist = this.brandChecklist.currentCodes();
		if (!checklist.containsAll(ticked)) {
			// A tick for an item the guideline in force does not have: a stale page or a
			// forged form.
			throw new IllegalTransition("campaign.transition.checklistChanged");
		}
		CampaignPlan plan = reviewable(user, id, version);
		plan.tick(ticked, checklist, user.getUsername(), now());
		this.auditLog.record(AuditAction.CAMPAIGN_CHECKLIST, ENTITY, id,
				plan.getTitle() + ": " + ticked.size() + "/" + checklist.size());
		return plan;
	}

	@Transactional
	@PreAuthorize("hasRole('STAFF')")
	public CampaignPlan recommend(CurrentUser user, long id, long version, String note) {
		CampaignPlan plan = reviewable(user, id, version);
		plan.recommend(user.getUsername(), now(), this.settings.delegatedApprovalLimit(), note);
		this.auditLog.record(AuditAction.CAMPAIGN_RECOMMENDED, ENTITY, id, plan.getTitle());
		notifyAll(this.accounts.activeUserIdsWith(Role.CMO), "notification.campaign.recommended", plan);
		return plan;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('STAFF', 'CMO')")
	public CampaignPlan approve(CurrentUser user, long id, long version, String note) {
		CampaignPlan plan = reviewable(user, id, version);
		long limit = this.settings.delegatedApprovalLimit();
		plan.approve(user.getUsername(), user.hasRole(Role.CMO), now(), limit, this.brandChecklist.currentCodes(),
				note);
		this.auditLog.record(AuditAction.CAMPAIGN_APPROVED, ENTITY, id,
				plan.getTitle() + " (¥" + plan.getTotalBudgetJpy() + ", limit ¥" + limit + ")");
		notifyLiaisons(plan, "notification.campaign.approved");
		return plan;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('STAFF', 'CMO')")
	public CampaignPlan reject(CurrentUser user, long id, long version, String reason) {
		CampaignPlan plan = reviewable(user, id, version);
		plan.reject(user.getUsername(), now(), reason);
		this.auditLog.record(AuditAction.CAMPAIGN_REJECTED, ENTITY, id, plan.getTitle() + ": " + reason);
		notifyLiaisons(plan, "notification.campaign.rejected");
		return plan;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('STAFF', 'CMO')")
	public CampaignPlan activate(CurrentUser user, long id, long version) {
		CampaignPlan plan = reviewable(user, id, version);
		plan.activate(user.getUsername(), now());
		this.auditLog.record(AuditAction.CAMPAIGN_ACTIVATED, ENTITY, id, plan.getTitle());
		notifyLiaisons(plan, "notification.campaign.activated");
		return plan;
	}

	/**
	 * Closes an active plan with its KPI actuals and evaluation: its department, the
	 * office or analysts.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('STAFF', 'CMO', 'ANALYST', 'LIAISON')")
	public CampaignPlan complete(CurrentUser user, long id, long version, Map<Long, BigDecimal> actuals,
			String evaluation) {
		CampaignPlan plan = readable(user, id);
		plan.checkVersion(version);
		plan.complete(user.getUsername(), now(), actuals, evaluation);
		this.auditLog.record(AuditAction.CAMPAIGN_COMPLETED, ENTITY, id, plan.getTitle());
		return plan;
	}

	/**
	 * The comment thread is for the reviewers and the department; analysts only read it.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('STAFF', 'CMO', 'LIAISON')")
	public CampaignPlan comment(CurrentUser user, long id, String text) {
		CampaignPlan plan = readable(user, id);
		if (!isOffice(user) && !isLiaisonOf(user, plan)) {
			throw refused(plan.getId(), "comment");
		}
		plan.comment(user.getUsername(), now(), text);
		this.auditLog.record(AuditAction.CAMPAIGN_COMMENTED, ENTITY, id, plan.getTitle());
		if (isOffice(user)) {
			notifyLiaisons(plan, "notification.campaign.commented");
		}
		else {
			notifyAll(this.accounts.activeUserIdsWith(Role.STAFF), "notification.campaign.commented", plan);
		}
		return plan;
	}

	/**
	 * Moves approved plans whose start date has come to ACTIVE; run daily by the
	 * scheduler on one instance.
	 */
	@Transactional
	public int activateThoseStartingBy(LocalDate today) {
		List<Long> due = this.plans.approvedStartingBy(today);
		for (Long id : due) {
			CampaignPlan plan = find(id);
			plan.activate("system", now());
			this.auditLog.recordAs("system", AuditAction.CAMPAIGN_ACTIVATED, ENTITY, id, plan.getTitle());
			notifyLiaisons(plan, "notification.campaign.activated");
		}
		return due.size();
	}

	/**
	 * Each department's allocation against its plans for a fiscal year; a liaison gets
	 * their own department only.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public List<BudgetUse> budgetUse(CurrentUser user, FiscalYear year) {
		Map<Long, Long> allocations = this.departments.allocations(year);
		Map<Long, long[]> sums = this.tally.budgetUse(year.year());
		List<BudgetUse> uses = new ArrayList<>();
		for (Department department : this.departments.active()) {
			if (!readsAll(user) && !department.getId().equals(user.departmentId())) {
				continue;
			}
			long[] sum = sums.getOrDefault(department.getId(), new long[2]);
			uses.add(new BudgetUse(department.getId(), department.getCode(), department.getNameJa(),
					department.getNameEn(), allocations.get(department.getId()), sum[0], sum[1]));
		}
		return uses;
	}

	/**
	 * Plans under review or decided whose schedule touches the period, as the user may
	 * see them; drafts stay with their department.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public List<CampaignPlanRow> scheduled(CurrentUser user, LocalDate from, LocalDate to,
			Set<CampaignStatus> statuses) {
		Long departmentId = readsAll(user) ? null : user.departmentId();
		return this.plans.overlapping(departmentId, statuses, from, to);
	}

	/** The strategy objectives a plan may serve, for the form. */
	public List<ObjectiveOption> objectiveOptions() {
		return this.strategies.objectiveOptions();
	}

	/** The objectives a plan serves, for its page. */
	public java.util.Collection<ObjectiveOption> objectivesOf(CampaignPlan plan) {
		return this.strategies.objectives(plan.getObjectiveIds()).values();
	}

	/**
	 * The blackout periods a schedule runs into, for the form, the plan page and the
	 * calendar.
	 */
	@Transactional(readOnly = true)
	public List<BlackoutPeriod> blackoutsFor(LocalDate start, LocalDate end) {
		return this.blackouts.overlapping(start, end);
	}

	/** Working days a plan has been under review; empty when it is not. */
	public Integer reviewDays(CampaignStatus status, java.time.Instant submittedAt) {
		if (status != CampaignStatus.SUBMITTED || submittedAt == null) {
			return null;
		}
		return this.workingDays.between(LocalDate.ofInstant(submittedAt, this.clock.getZone()),
				LocalDate.now(this.clock));
	}

	/**
	 * Departments owing the evaluation of plans that ended, for the CMO office: how many
	 * plans each.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'ANALYST')")
	public List<EvaluationsDue> evaluationsDue() {
		return this.plans.evaluationsDue(LocalDate.now(this.clock))
			.stream()
			.map((row) -> new EvaluationsDue(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
					(String) row[3], ((Number) row[4]).longValue()))
			.toList();
	}

	/** Whether the user may edit the plan now: for the forms and buttons, not a check. */
	public static boolean mayEdit(CurrentUser user, CampaignPlan plan) {
		return plan.getStatus().isEditable() && (user.hasRole(Role.STAFF) || isLiaisonOf(user, plan));
	}

	/**
	 * The plans an engagement or an incident may be linked to: submitted and later, of
	 * this fiscal year and the last, of the liaison's own department for a liaison.
	 */
	@Transactional(readOnly = true)
	public List<PlanReference> linkable(CurrentUser user) {
		Long departmentId = readsAll(user) ? null : user.departmentId();
		if (departmentId == null && !readsAll(user)) {
			return List.of();
		}
		return this.plans.references(
				departmentId, FiscalYear.current(this.clock).year() - 1, EnumSet.of(CampaignStatus.SUBMITTED,
						CampaignStatus.APPROVED, CampaignStatus.ACTIVE, CampaignStatus.COMPLETED),
				PageRequest.of(0, 200));
	}

	/**
	 * Plans by id as the user may see them: all for those who read every plan, only their
	 * own department's for a liaison. A plan left out is shown as linked, without its
	 * title.
	 */
	@Transactional(readOnly = true)
	public Map<Long, PlanReference> references(CurrentUser user, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		String ownDepartment = readsAll(user) ? null
				: (user.departmentId() != null) ? this.departments.get(user.departmentId()).getCode() : "";
		return this.plans.referencesTo(ids)
			.stream()
			.filter((plan) -> ownDepartment == null || ownDepartment.equals(plan.departmentCode()))
			.collect(Collectors.toMap(PlanReference::id, Function.identity()));
	}

	/**
	 * The fiscal year's plans per status, as the home page counts them: a liaison's own
	 * department's, everyone's for the office and analysts.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public Map<CampaignStatus, Long> countsByStatus(CurrentUser user, FiscalYear year) {
		return this.tally.byStatus(year.year(), readsAll(user) ? null : user.departmentId());
	}

	/** Plans recommended by the office and waiting for the CMO. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('CMO')")
	public long awaitingCmo() {
		return this.plans.countAwaitingCmo();
	}

	public static boolean isLiaisonOf(CurrentUser user, CampaignPlan plan) {
		return user.hasRole(Role.LIAISON) && plan.getDepartment().getId().equals(user.departmentId());
	}

	public static boolean readsAll(CurrentUser user) {
		return isOffice(user) || user.hasRole(Role.ANALYST);
	}

	private static boolean isOffice(CurrentUser user) {
		return user.isOffice();
	}

	/** For the attachments: the plan if the user may read it, refused otherwise. */
	CampaignPlan readableBy(CurrentUser user, long id) {
		return readable(user, id);
	}

	/**
	 * For the attachments: the plan if the user may edit it, refused otherwise. Its
	 * version moves on commit, so an attachment added while someone submits the plan is
	 * refused.
	 */
	CampaignPlan editableBy(CurrentUser user, long id) {
		CampaignPlan plan = find(id);
		if (!user.hasRole(Role.STAFF) && !isLiaisonOf(user, plan)) {
			throw refused(id, "edit");
		}
		this.entityManager.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		return plan;
	}

	private CampaignPlan readable(CurrentUser user, long id) {
		CampaignPlan plan = find(id);
		if (!readsAll(user) && !isLiaisonOf(user, plan)) {
			throw refused(id, "read");
		}
		return plan;
	}

	private CampaignPlan editable(CurrentUser user, long id, long version) {
		CampaignPlan plan = find(id);
		if (!user.hasRole(Role.STAFF) && !isLiaisonOf(user, plan)) {
			throw refused(id, "edit");
		}
		plan.checkVersion(version);
		return plan;
	}

	private CampaignPlan ownDepartments(CurrentUser user, long id, long version) {
		CampaignPlan plan = find(id);
		if (!isLiaisonOf(user, plan)) {
			throw refused(id, "act for the department");
		}
		plan.checkVersion(version);
		return plan;
	}

	private CampaignPlan reviewable(CurrentUser user, long id, long version) {
		CampaignPlan plan = find(id);
		if (!isOffice(user)) {
			throw refused(id, "review");
		}
		plan.checkVersion(version);
		return plan;
	}

	private AccessDeniedException refused(long id, String what) {
		this.auditLog.recordRefusal(ENTITY, id, "not allowed to " + what);
		return new AccessDeniedException("Campaign plan " + id + " is not for this user to " + what);
	}

	private CampaignPlan find(long id) {
		return this.plans.findById(id).orElseThrow(() -> new NotFoundException("Campaign plan", id));
	}

	/** Rules that span fields, checked again here whatever the form did. */
	private void validate(PlanContent content) {
		if (!content.objectiveIds().isEmpty()
				&& this.strategies.objectives(content.objectiveIds()).size() != content.objectiveIds().size()) {
			throw new InputRejected("objectiveIds", "campaign.objectives.unknown");
		}
		if (!withinFiscalYears(content.startDate())) {
			throw new InputRejected("startDate", "campaign.date.outOfRange");
		}
		if (!withinFiscalYears(content.endDate())) {
			throw new InputRejected("endDate", "campaign.date.outOfRange");
		}
		if (content.endDate().isBefore(content.startDate())) {
			throw new InputRejected("endDate", "campaign.endDate.beforeStart");
		}
	}

	private static boolean withinFiscalYears(LocalDate date) {
		int year = (date.getMonthValue() >= 4) ? date.getYear() : date.getYear() - 1;
		return year >= FiscalYear.FIRST && year <= FiscalYear.LAST;
	}

	private void notifyLiaisons(CampaignPlan plan, String key) {
		notifyAll(this.accounts.activeLiaisonIdsOf(plan.getDepartment().getId()), key, plan);
	}

	private void notifyAll(List<Long> recipients, String key, CampaignPlan plan) {
		for (Long recipient : recipients) {
			this.notifications.notify(recipient, key, "/campaigns/" + plan.getId(), plan.getTitle(),
					plan.getDepartment().getCode());
		}
	}

	private java.time.Instant now() {
		return this.clock.instant();
	}

}
