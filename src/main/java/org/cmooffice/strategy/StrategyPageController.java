package org.cmooffice.strategy;

import jakarta.validation.Valid;

import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.cmooffice.shared.web.Flash;
import org.cmooffice.strategy.StrategyForms.AudienceForm;
import org.cmooffice.strategy.StrategyForms.KpiForm;
import org.cmooffice.strategy.StrategyForms.MeasurementForm;
import org.cmooffice.strategy.StrategyForms.ObjectiveForm;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The strategy page a CMO shows in a meeting, the objective page, and the small forms
 * that add objectives, KPIs, audiences and measurements. A form with mistakes comes back
 * on the strategy page, with its messages.
 */
@Controller
@RequestMapping("/strategies/{id}")
class StrategyPageController {

	private final Strategies strategies;

	private final LinkedCampaigns campaigns;

	StrategyPageController(Strategies strategies, LinkedCampaigns campaigns) {
		this.strategies = strategies;
		this.campaigns = campaigns;
	}

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return page(user, id, model);
	}

	@GetMapping("/objectives/{objectiveId}")
	String objective(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long objectiveId,
			Model model) {
		Objective objective = this.strategies.objective(user, id, objectiveId);
		model.addAttribute("strategy", objective.getStrategy());
		model.addAttribute("objective", objective);
		model.addAttribute("campaigns", this.campaigns.serving(objectiveId, user));
		return "strategies/objective";
	}

	@PostMapping("/objectives")
	String addObjective(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("objectiveForm") ObjectiveForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return page(user, id, model);
		}
		return changed(flash, id, () -> this.strategies.addObjective(id, version, form.getTitle(),
				form.getDescription(), form.getPriority()), "strategy.flash.objectiveAdded");
	}

	@PostMapping("/objectives/{objectiveId}/delete")
	String removeObjective(@PathVariable long id, @PathVariable long objectiveId, @RequestParam long version,
			RedirectAttributes flash) {
		return changed(flash, id, () -> this.strategies.removeObjective(id, version, objectiveId),
				"strategy.flash.objectiveRemoved");
	}

	@PostMapping("/kpis")
	String addKpi(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("kpiForm") KpiForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				this.strategies.addKpi(id, version, form.getObjectiveId(), form.getName(), form.getUnit(),
						form.getBaseline(), form.getTarget(), form.getDirection());
				flash.addFlashAttribute("flash", Flash.success("strategy.flash.kpiAdded"));
				return "redirect:/strategies/" + id + "#objective-" + form.getObjectiveId();
			}
			catch (InputRejected ex) {
				ex.applyTo(errors);
			}
			catch (StrategyRefused ex) {
				flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
				return "redirect:/strategies/" + id;
			}
		}
		return page(user, id, model);
	}

	@PostMapping("/audiences")
	String addAudience(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("audienceForm") AudienceForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return page(user, id, model);
		}
		return changed(flash, id, () -> this.strategies.addAudience(id, version, form.getSegment(),
				form.getSizeEstimate(), form.getInsight()), "strategy.flash.audienceAdded");
	}

	@PostMapping("/audiences/{audienceId}/delete")
	String removeAudience(@PathVariable long id, @PathVariable long audienceId, @RequestParam long version,
			RedirectAttributes flash) {
		return changed(flash, id, () -> this.strategies.removeAudience(id, version, audienceId),
				"strategy.flash.audienceRemoved");
	}

	@PostMapping("/measurements")
	String measure(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("measurementForm") MeasurementForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				this.strategies.measure(user, id, form.getKpiId(), form.getMeasuredOn(), form.getValue(),
						form.getSource());
				flash.addFlashAttribute("flash", Flash.success("strategy.flash.measured"));
				return "redirect:/strategies/" + id;
			}
			catch (InputRejected ex) {
				ex.applyTo(errors);
			}
			catch (StrategyRefused ex) {
				flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
				return "redirect:/strategies/" + id;
			}
		}
		return page(user, id, model);
	}

	private String changed(RedirectAttributes flash, long id, Runnable change, String successKey) {
		try {
			change.run();
			flash.addFlashAttribute("flash", Flash.success(successKey));
		}
		catch (StrategyRefused ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
		}
		return "redirect:/strategies/" + id;
	}

	private String page(CurrentUser user, long id, Model model) {
		Strategy strategy = this.strategies.get(user, id);
		boolean office = Strategies.isOffice(user);
		model.addAttribute("strategy", strategy);
		model.addAttribute("mayEdit", office && strategy.getStatus() == StrategyStatus.DRAFT);
		model.addAttribute("mayDecide", user.hasRole(Role.CMO));
		model.addAttribute("mayMeasure", (user.hasRole(Role.ANALYST) || user.hasRole(Role.STAFF))
				&& strategy.getStatus() != StrategyStatus.ARCHIVED);
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("directions", KpiDirection.values());
		if (!model.containsAttribute("objectiveForm")) {
			model.addAttribute("objectiveForm", new ObjectiveForm());
		}
		if (!model.containsAttribute("kpiForm")) {
			model.addAttribute("kpiForm", new KpiForm());
		}
		if (!model.containsAttribute("audienceForm")) {
			model.addAttribute("audienceForm", new AudienceForm());
		}
		if (!model.containsAttribute("measurementForm")) {
			model.addAttribute("measurementForm", new MeasurementForm());
		}
		return "strategies/detail";
	}

}
