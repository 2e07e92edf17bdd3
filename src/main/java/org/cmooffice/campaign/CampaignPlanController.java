package org.cmooffice.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cmooffice.account.Departments;
import org.cmooffice.brand.BrandChecklist;
import org.cmooffice.shared.FiscalYear;
import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.persistence.StaleRecordException;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.cmooffice.shared.web.Flash;
import org.cmooffice.shared.web.Pages;
import org.cmooffice.strategy.ObjectiveOption;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan list, the plan page and the plan form. The moves of the workflow are in
 * {@link CampaignWorkflowController}.
 */
@Controller
@RequestMapping("/campaigns")
class CampaignPlanController {

	private final CampaignPlans plans;

	private final CampaignPlanPages pages;

	private final Departments departments;

	private final Clock clock;

	CampaignPlanController(CampaignPlans plans, CampaignPlanPages pages, Departments departments, Clock clock) {
		this.plans = plans;
		this.pages = pages;
		this.departments = departments;
		this.clock = clock;
	}

	/**
	 * Rows are added one by one; an address asking for row 10000 is refused, not obeyed.
	 */
	@InitBinder("planForm")
	void limitRows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(100);
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") PlanFilter filter,
			BindingResult errors, @RequestParam(defaultValue = "0") int page, Model model) {
		// A filter that could not be read (an unknown status in the address) is ignored.
		FiscalYear current = FiscalYear.current(this.clock);
		FiscalYear shown = (filter.getYear() != null && filter.getYear() >= FiscalYear.FIRST
				&& filter.getYear() <= FiscalYear.LAST) ? new FiscalYear(filter.getYear()) : current;
		CampaignPlanPages.PlanList list = this.pages.list(user, filter, page, Pages.SIZE, shown);
		model.addAttribute("plans", list.rows());
		model.addAttribute("reviewDays", list.reviewDays());
		model.addAttribute("reviewTarget", list.reviewTarget());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("budgetUse", list.budgetUse());
		model.addAttribute("budgetYear", shown.year());
		model.addAttribute("years", List.of(current.previous().year(), current.year(), current.next().year()));
		model.addAttribute("departments", list.departments());
		model.addAttribute("statuses", CampaignStatus.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("sorts", PlanSort.values());
		model.addAttribute("mayCreate", mayCreate(user));
		return "campaigns/list";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		CampaignPlanPages.PlanPage page = this.pages.plan(user, id);
		CampaignPlan plan = page.plan();
		model.addAttribute("plan", plan);
		model.addAttribute("mayEdit", CampaignPlans.mayEdit(user, plan));
		model.addAttribute("isLiaison", CampaignPlans.isLiaisonOf(user, plan));
		model.addAttribute("isOffice", user.isOffice());
		model.addAttribute("isStaff", user.hasRole(Role.STAFF));
		model.addAttribute("isCmo", user.hasRole(Role.CMO));
		model.addAttribute("mayComplete", CampaignPlans.readsAll(user) || CampaignPlans.isLiaisonOf(user, plan));
		model.addAttribute("blackouts", page.blackouts());
		model.addAttribute("reviewDays", page.reviewDays());
		model.addAttribute("reviewTarget", page.reviewTarget());
		model.addAttribute("approvalLimit", page.approvalLimit());
		model.addAttribute("evaluationDue", plan.isEvaluationDue(LocalDate.now(this.clock)));
		model.addAttribute("brandChecks", page.checklist());
		model.addAttribute("checklistComplete",
				plan.isChecklistComplete(page.checklist().stream().map(BrandChecklist.Item::code).toList()));
		model.addAttribute("attachments", page.attachments());
		model.addAttribute("objectives", page.objectives());
		return "campaigns/detail";
	}

	@GetMapping("/new")
	String newPlan(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("planForm", CampaignPlanForm.blank());
		return form(user, model, null);
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("planForm") CampaignPlanForm form,
			BindingResult errors, @RequestParam(required = false) String addRow, Model model,
			RedirectAttributes flash) {
		if (addRow != null) {
			return withRow(user, form, addRow, model, null);
		}
		form.checkRows(errors);
		if (errors.hasErrors()) {
			return form(user, model, null);
		}
		try {
			CampaignPlan plan = this.plans.create(user, form.getDepartmentId(), form.toContent());
			flash.addFlashAttribute("flash", Flash.success("campaign.flash.created", plan.getTitle()));
			return "redirect:/campaigns/" + plan.getId();
		}
		catch (InputRejected ex) {
			ex.applyTo(errors);
			return form(user, model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model,
			RedirectAttributes flash) {
		CampaignPlan plan = this.plans.get(user, id);
		if (!CampaignPlans.mayEdit(user, plan)) {
			flash.addFlashAttribute("flash", Flash.warning("campaign.transition.notEditable"));
			return "redirect:/campaigns/" + id;
		}
		model.addAttribute("planForm", CampaignPlanForm.of(plan));
		return form(user, model, plan);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("planForm") CampaignPlanForm form, BindingResult errors,
			@RequestParam(required = false) String addRow, Model model, RedirectAttributes flash,
			HttpServletResponse response) {
		CampaignPlan plan = this.plans.get(user, id);
		if (addRow != null) {
			return withRow(user, form, addRow, model, plan);
		}
		form.checkRows(errors);
		if (errors.hasErrors()) {
			return form(user, model, plan);
		}
		try {
			this.plans.revise(user, id, form.getVersion(), form.toContent());
		}
		catch (InputRejected ex) {
			ex.applyTo(errors);
			return form(user, model, plan);
		}
		catch (IllegalTransition ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
			return "redirect:/campaigns/" + id;
		}
		catch (StaleRecordException | ObjectOptimisticLockingFailureException ex) {
			// Someone saved first. Nothing of this user's was written; their input comes
			// back with the current version, to compare with the plan and save again.
			CampaignPlan current = this.plans.get(user, id);
			form.setVersion(current.getVersion());
			model.addAttribute("conflict", true);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return form(user, model, current);
		}
		flash.addFlashAttribute("flash", Flash.success("campaign.flash.saved", form.getTitle()));
		return "redirect:/campaigns/" + id;
	}

	private String withRow(CurrentUser user, CampaignPlanForm form, String table, Model model, CampaignPlan plan) {
		form.addRow(table);
		// Adding a row is not saving: the form comes back as it was, without messages.
		model.addAttribute("org.springframework.validation.BindingResult.planForm", null);
		model.addAttribute("planForm", form);
		return form(user, model, plan);
	}

	private String form(CurrentUser user, Model model, CampaignPlan plan) {
		CampaignPlanForm form = (CampaignPlanForm) model.getAttribute("planForm");
		form.padRows();
		model.addAttribute("plan", plan);
		model.addAttribute("total", form.total());
		model.addAttribute("chooseDepartment", plan == null && user.hasRole(Role.STAFF));
		model.addAttribute("departments", this.departments.active());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("blackouts", this.plans.blackoutsFor(form.getStartDate(), form.getEndDate()));
		// Objectives of strategies in force, and those the plan already serves even if
		// their
		// strategy has since been archived: saving must not drop a link silently.
		Map<Long, ObjectiveOption> options = new LinkedHashMap<>();
		this.plans.objectiveOptions().forEach((option) -> options.put(option.id(), option));
		if (plan != null) {
			this.plans.objectivesOf(plan).forEach((option) -> options.putIfAbsent(option.id(), option));
		}
		model.addAttribute("objectiveOptions", List.copyOf(options.values()));
		return "campaigns/form";
	}

	private static boolean mayCreate(CurrentUser user) {
		return user.hasRole(Role.STAFF) || (user.hasRole(Role.LIAISON) && user.departmentId() != null);
	}

}
