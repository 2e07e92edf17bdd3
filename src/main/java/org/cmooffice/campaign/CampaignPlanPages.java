package org.cmooffice.campaign;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cmooffice.account.Department;
import org.cmooffice.account.Departments;
import org.cmooffice.admin.OfficeSettings;
import org.cmooffice.admin.Settings;
import org.cmooffice.brand.BrandChecklist;
import org.cmooffice.shared.FiscalYear;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.strategy.ObjectiveOption;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the plan list and a plan's page show, each read in one read-only transaction. Read
 * piece by piece, the list took four transactions and a plan's page five, and a sixth
 * while it was rendered where it shows its actions (the template asked for the approval
 * limit), each with a connection from the pool, a beginning and a commit; and the pieces
 * could disagree about a plan changed between them. The services asked still check who
 * may read what.
 */
@Service
class CampaignPlanPages {

	private final CampaignPlans plans;

	private final CampaignAttachments attachments;

	private final BrandChecklist brandChecklist;

	private final Departments departments;

	private final Settings settings;

	CampaignPlanPages(CampaignPlans plans, CampaignAttachments attachments, BrandChecklist brandChecklist,
			Departments departments, Settings settings) {
		this.plans = plans;
		this.attachments = attachments;
		this.brandChecklist = brandChecklist;
		this.departments = departments;
		this.settings = settings;
	}

	/**
	 * A page of the plans the user may read, with the budget use of {@code budgetYear}
	 * and, for those who read every department's plans, the departments to filter by.
	 */
	@Transactional(readOnly = true)
	public PlanList list(CurrentUser user, PlanFilter filter, int page, int size, FiscalYear budgetYear) {
		Page<CampaignPlanRow> rows = this.plans.search(user, filter, page, size);
		Map<Long, Integer> reviewDays = new HashMap<>();
		for (CampaignPlanRow row : rows) {
			Integer days = this.plans.reviewDays(row.status(), row.submittedAt());
			if (days != null) {
				reviewDays.put(row.id(), days);
			}
		}
		return new PlanList(rows, reviewDays, this.settings.current().getReviewTargetWorkingDays(),
				this.plans.budgetUse(user, budgetYear),
				CampaignPlans.readsAll(user) ? this.departments.all() : List.of());
	}

	/** A plan with everything its page shows, if the user may read it. */
	@Transactional(readOnly = true)
	public PlanPage plan(CurrentUser user, long id) {
		CampaignPlan plan = this.plans.get(user, id);
		OfficeSettings office = this.settings.current();
		return new PlanPage(plan, this.plans.blackoutsFor(plan.getStartDate(), plan.getEndDate()),
				this.plans.reviewDays(plan.getStatus(), plan.getSubmittedAt()), office.getReviewTargetWorkingDays(),
				office.getDelegatedApprovalLimit(), this.brandChecklist.current(), this.attachments.list(user, id),
				this.plans.objectivesOf(plan));
	}

	/** The plan list: its rows and what the page shows beside them. */
	record PlanList(Page<CampaignPlanRow> rows, Map<Long, Integer> reviewDays, int reviewTarget,
			List<BudgetUse> budgetUse, List<Department> departments) {
	}

	/** A plan's page: the plan and what the page shows beside it. */
	record PlanPage(CampaignPlan plan, List<BlackoutPeriod> blackouts, Integer reviewDays, int reviewTarget,
			long approvalLimit, List<BrandChecklist.Item> checklist, List<AttachmentInfo> attachments,
			Collection<ObjectiveOption> objectives) {
	}

}
