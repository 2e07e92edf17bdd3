package org.cmooffice.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
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

import org.cmooffice.account.Department;
import org.cmooffice.shared.FiscalYear;
import org.cmooffice.shared.persistence.BaseEntity;

/**
 * A department's PR campaign plan on the OASIS model, and the one place where its
 * workflow is enforced: every move checks where the plan stands and is written to its
 * timeline. Who may make a move is the service's to check.
 */
@Entity
@Table(name = "campaign_plan")
public class CampaignPlan extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "department_id")
	private Department department;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false)
	private String objective;

	private String audience;

	private String strategy;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Column(name = "fiscal_year", nullable = false)
	private int fiscalYear;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CampaignStatus status = CampaignStatus.DRAFT;

	@Column(name = "total_budget_jpy", nullable = false)
	private long totalBudgetJpy;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "recommended_by", length = 64)
	private String recommendedBy;

	@Column(name = "recommended_at")
	private Instant recommendedAt;

	@Column(name = "decided_by", length = 64)
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	private String evaluation;

	@Column(name = "blackout_justification")
	private String blackoutJustification;

	/**
	 * The strategy objectives the plan serves, by id: they belong to the strategy area.
	 */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "campaign_plan_objective", joinColumns = @JoinColumn(name = "plan_id"))
	@Column(name = "objective_id")
	private Set<Long> objectiveIds = new HashSet<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "campaign_plan_check", joinColumns = @JoinColumn(name = "plan_id"))
	@Column(name = "item", length = 30)
	private Set<String> checks = new HashSet<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "campaign_plan_channel", joinColumns = @JoinColumn(name = "plan_id"))
	@Column(name = "channel", length = 30)
	@Enumerated(EnumType.STRING)
	private Set<Channel> channels = new HashSet<>();

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<BudgetLine> budgetLines = new ArrayList<>();

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Milestone> milestones = new ArrayList<>();

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<CampaignKpi> kpis = new ArrayList<>();

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<CampaignRisk> risks = new ArrayList<>();

	@OneToMany(mappedBy = "plan", cascade = CascadeType.PERSIST)
	@OrderBy("occurredAt, id")
	private List<PlanEvent> events = new ArrayList<>();

	protected CampaignPlan() {
	}

	CampaignPlan(Department department, PlanContent content, String actor, Instant now) {
		this.department = department;
		apply(content);
		record(now, actor, PlanEvent.Kind.CREATED, null);
	}

	void revise(PlanContent content, String actor, Instant now) {
		if (!this.status.isEditable()) {
			throw new IllegalTransition("campaign.transition.notEditable");
		}
		apply(content);
		record(now, actor, PlanEvent.Kind.EDITED, null);
	}

	/**
	 * @param inBlackout whether the schedule overlaps a blackout period: then only with a
	 * written justification, kept with the plan for the reviewers
	 */
	void submit(String actor, Instant now, boolean inBlackout, String justification) {
		require(this.status == CampaignStatus.DRAFT || this.status == CampaignStatus.CHANGES_REQUESTED);
		if (inBlackout && (justification == null || justification.isBlank())) {
			throw new IllegalTransition("campaign.transition.blackoutJustificationRequired");
		}
		this.status = CampaignStatus.SUBMITTED;
		this.submittedAt = now;
		// Each submission is reviewed afresh: ticks given to an earlier version do not
		// carry over.
		this.checks.clear();
		this.blackoutJustification = inBlackout ? justification.strip() : null;
		clearRecommendation();
		record(now, actor, PlanEvent.Kind.SUBMITTED, this.blackoutJustification);
	}

	/** The reviewer's ticks on the brand checklist, replacing the earlier ones. */
	void tick(Set<String> ticked, Collection<String> checklist, String actor, Instant now) {
		require(this.status == CampaignStatus.SUBMITTED);
		this.checks.clear();
		this.checks.addAll(ticked);
		record(now, actor, PlanEvent.Kind.CHECKLIST, ticked.size() + "/" + checklist.size());
	}

	/** Whether every item of the brand guideline's checklist in force has been ticked. */
	public boolean isChecklistComplete(Collection<String> checklist) {
		return this.checks.containsAll(checklist);
	}

	void requestChanges(String actor, Instant now, String reason) {
		require(this.status == CampaignStatus.SUBMITTED);
		requireReason(reason);
		this.status = CampaignStatus.CHANGES_REQUESTED;
		clearRecommendation();
		record(now, actor, PlanEvent.Kind.CHANGES_REQUESTED, reason);
	}

	/**
	 * Above the delegated limit only the CMO approves, and only after STAFF recommended.
	 */
	boolean needsCmo(long delegatedLimit) {
		return this.totalBudgetJpy > delegatedLimit;
	}

	void recommend(String actor, Instant now, long delegatedLimit, String note) {
		require(this.status == CampaignStatus.SUBMITTED);
		if (!needsCmo(delegatedLimit)) {
			throw new IllegalTransition("campaign.transition.noRecommendationNeeded");
		}
		if (isRecommended()) {
			throw new IllegalTransition("campaign.transition.alreadyRecommended");
		}
		this.recommendedBy = actor;
		this.recommendedAt = now;
		record(now, actor, PlanEvent.Kind.RECOMMENDED, blankToNull(note));
	}

	void approve(String actor, boolean byCmo, Instant now, long delegatedLimit, Collection<String> checklist,
			String note) {
		require(this.status == CampaignStatus.SUBMITTED);
		if (checklist.isEmpty()) {
			// Without a published brand guideline nobody has checked the plan against it.
			throw new IllegalTransition("campaign.transition.noBrandChecklist");
		}
		if (!isChecklistComplete(checklist)) {
			throw new IllegalTransition("campaign.transition.checklistIncomplete");
		}
		if (needsCmo(delegatedLimit)) {
			if (!isRecommended()) {
				throw new IllegalTransition("campaign.transition.needsRecommendation");
			}
			if (!byCmo) {
				throw new IllegalTransition("campaign.transition.needsCmo");
			}
			if (actor.equals(this.recommendedBy)) {
				throw new IllegalTransition("campaign.transition.sameReviewer");
			}
		}
		this.status = CampaignStatus.APPROVED;
		decide(actor, now);
		record(now, actor, PlanEvent.Kind.APPROVED, blankToNull(note));
	}

	void reject(String actor, Instant now, String reason) {
		require(this.status == CampaignStatus.SUBMITTED);
		requireReason(reason);
		this.status = CampaignStatus.REJECTED;
		decide(actor, now);
		record(now, actor, PlanEvent.Kind.REJECTED, reason);
	}

	void withdraw(String actor, Instant now, String reason) {
		require(this.status == CampaignStatus.DRAFT || this.status == CampaignStatus.SUBMITTED);
		this.status = CampaignStatus.WITHDRAWN;
		clearRecommendation();
		record(now, actor, PlanEvent.Kind.WITHDRAWN, blankToNull(reason));
	}

	void activate(String actor, Instant now) {
		require(this.status == CampaignStatus.APPROVED);
		this.status = CampaignStatus.ACTIVE;
		record(now, actor, PlanEvent.Kind.ACTIVATED, null);
	}

	/** Closes the plan with the actual of every KPI and a short evaluation. */
	void complete(String actor, Instant now, Map<Long, BigDecimal> actuals, String evaluation) {
		require(this.status == CampaignStatus.ACTIVE);
		if (evaluation == null || evaluation.isBlank()) {
			throw new IllegalTransition("campaign.transition.evaluationRequired");
		}
		for (CampaignKpi kpi : this.kpis) {
			if (actuals.get(kpi.getId()) == null) {
				throw new IllegalTransition("campaign.transition.actualsRequired");
			}
		}
		this.kpis.forEach((kpi) -> kpi.recordActual(actuals.get(kpi.getId())));
		this.evaluation = evaluation.strip();
		this.status = CampaignStatus.COMPLETED;
		record(now, actor, PlanEvent.Kind.COMPLETED, null);
	}

	void attachmentAdded(String filename, String actor, Instant now) {
		record(now, actor, PlanEvent.Kind.ATTACHMENT_ADDED, filename);
	}

	void attachmentRemoved(String filename, String actor, Instant now) {
		record(now, actor, PlanEvent.Kind.ATTACHMENT_REMOVED, filename);
	}

	/** A comment is a message, not a document: long texts belong in an attachment. */
	static final int MAX_COMMENT = 4000;

	void comment(String actor, Instant now, String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalTransition("campaign.comment.required");
		}
		if (text.strip().length() > MAX_COMMENT) {
			throw new IllegalTransition("campaign.comment.tooLong");
		}
		record(now, actor, PlanEvent.Kind.COMMENTED, text.strip());
	}

	private void apply(PlanContent content) {
		this.title = content.title().strip();
		this.objective = content.objective().strip();
		this.audience = blankToNull(content.audience());
		this.strategy = blankToNull(content.strategy());
		this.channels.clear();
		this.channels.addAll(content.channels());
		this.objectiveIds.clear();
		this.objectiveIds.addAll(content.objectiveIds());
		this.startDate = content.startDate();
		this.endDate = content.endDate();
		this.fiscalYear = FiscalYear.of(content.startDate()).year();
		this.budgetLines.clear();
		for (PlanContent.Line line : content.budgetLines()) {
			this.budgetLines.add(new BudgetLine(this, this.budgetLines.size(), line.item().strip(), line.channel(),
					line.amountJpy()));
		}
		// The total is computed here, never typed, and kept in a column for the budget
		// figures.
		this.totalBudgetJpy = this.budgetLines.stream().mapToLong(BudgetLine::getAmountJpy).sum();
		this.milestones.clear();
		for (PlanContent.Step step : content.milestones()) {
			this.milestones.add(new Milestone(this, this.milestones.size(), step.name().strip(), step.dueDate()));
		}
		this.kpis.clear();
		for (PlanContent.Target target : content.kpis()) {
			this.kpis.add(new CampaignKpi(this, this.kpis.size(), target.metric().strip(), target.unit().strip(),
					target.target()));
		}
		this.risks.clear();
		for (PlanContent.Risk risk : content.risks()) {
			this.risks
				.add(new CampaignRisk(this, this.risks.size(), risk.risk().strip(), blankToNull(risk.mitigation())));
		}
	}

	private void record(Instant now, String actor, PlanEvent.Kind kind, String note) {
		this.events.add(new PlanEvent(this, now, actor, kind, note));
	}

	private void decide(String actor, Instant now) {
		this.decidedBy = actor;
		this.decidedAt = now;
	}

	private void clearRecommendation() {
		this.recommendedBy = null;
		this.recommendedAt = null;
	}

	private void require(boolean allowed) {
		if (!allowed) {
			throw new IllegalTransition("campaign.transition.notAllowed." + this.status.name());
		}
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalTransition("campaign.transition.reasonRequired");
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public boolean isRecommended() {
		return this.recommendedAt != null;
	}

	public Department getDepartment() {
		return this.department;
	}

	public String getTitle() {
		return this.title;
	}

	public String getObjective() {
		return this.objective;
	}

	public String getAudience() {
		return this.audience;
	}

	public String getStrategy() {
		return this.strategy;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public int getFiscalYear() {
		return this.fiscalYear;
	}

	public CampaignStatus getStatus() {
		return this.status;
	}

	public long getTotalBudgetJpy() {
		return this.totalBudgetJpy;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getRecommendedBy() {
		return this.recommendedBy;
	}

	public Instant getRecommendedAt() {
		return this.recommendedAt;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getEvaluation() {
		return this.evaluation;
	}

	public String getBlackoutJustification() {
		return this.blackoutJustification;
	}

	public Set<Long> getObjectiveIds() {
		return Set.copyOf(this.objectiveIds);
	}

	public Set<String> getChecks() {
		return Set.copyOf(this.checks);
	}

	/** Active past the end of its schedule: the department owes its evaluation. */
	public boolean isEvaluationDue(LocalDate today) {
		return this.status == CampaignStatus.ACTIVE && this.endDate.isBefore(today);
	}

	public Set<Channel> getChannels() {
		return this.channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(this.channels);
	}

	public List<BudgetLine> getBudgetLines() {
		return List.copyOf(this.budgetLines);
	}

	public List<Milestone> getMilestones() {
		return List.copyOf(this.milestones);
	}

	public List<CampaignKpi> getKpis() {
		return List.copyOf(this.kpis);
	}

	public List<CampaignRisk> getRisks() {
		return List.copyOf(this.risks);
	}

	public List<PlanEvent> getEvents() {
		return List.copyOf(this.events);
	}

}
