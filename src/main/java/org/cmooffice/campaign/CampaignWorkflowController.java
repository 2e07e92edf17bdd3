package org.cmooffice.campaign;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The moves of a plan's workflow and its comment thread, each a POST that returns to the
 * plan. A move the plan cannot make from where it stands comes back as a message.
 */
@Controller
@RequestMapping("/campaigns/{id}")
class CampaignWorkflowController {

	/** What the KPI columns hold: 16 digits before the decimal point, 2 after. */
	private static final BigDecimal MAX_ACTUAL = new BigDecimal("1E16");

	private final CampaignPlans plans;

	CampaignWorkflowController(CampaignPlans plans) {
		this.plans = plans;
	}

	@PostMapping("/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String justification, RedirectAttributes flash) {
		CampaignPlan plan = this.plans.submit(user, id, version, justification);
		return done(flash, "campaign.flash.submitted", plan);
	}

	@PostMapping("/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		CampaignPlan plan = this.plans.withdraw(user, id, version, reason);
		return done(flash, "campaign.flash.withdrawn", plan);
	}

	@PostMapping("/request-changes")
	String requestChanges(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		CampaignPlan plan = this.plans.requestChanges(user, id, version, reason);
		return done(flash, "campaign.flash.changesRequested", plan);
	}

	@PostMapping("/checklist")
	String checklist(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(name = "checks", required = false) Set<String> checks, RedirectAttributes flash) {
		CampaignPlan plan = this.plans.tick(user, id, version, (checks != null) ? checks : Set.of());
		return done(flash, "campaign.flash.checklist", plan);
	}

	@PostMapping("/recommend")
	String recommend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String note, RedirectAttributes flash) {
		CampaignPlan plan = this.plans.recommend(user, id, version, note);
		return done(flash, "campaign.flash.recommended", plan);
	}

	@PostMapping("/approve")
	String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String note, RedirectAttributes flash) {
		CampaignPlan plan = this.plans.approve(user, id, version, note);
		return done(flash, "campaign.flash.approved", plan);
	}

	@PostMapping("/reject")
	String reject(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		CampaignPlan plan = this.plans.reject(user, id, version, reason);
		return done(flash, "campaign.flash.rejected", plan);
	}

	@PostMapping("/activate")
	String activate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes flash) {
		CampaignPlan plan = this.plans.activate(user, id, version);
		return done(flash, "campaign.flash.activated", plan);
	}

	/** KPI actuals arrive as {@code actual.<kpi id>} fields beside the evaluation. */
	@PostMapping("/complete")
	String complete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String evaluation, @RequestParam Map<String, String> fields,
			RedirectAttributes flash) {
		Map<Long, BigDecimal> actuals = new HashMap<>();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			if (field.getKey().startsWith("actual.") && field.getValue() != null && !field.getValue().isBlank()) {
				try {
					BigDecimal actual = new BigDecimal(field.getValue().strip());
					if (actual.abs().compareTo(MAX_ACTUAL) >= 0 || actual.scale() > 2) {
						throw new NumberFormatException("out of range");
					}
					actuals.put(Long.valueOf(field.getKey().substring("actual.".length())), actual);
				}
				catch (NumberFormatException ex) {
					flash.addFlashAttribute("flash", Flash.danger("campaign.complete.actualNotANumber"));
					return "redirect:/campaigns/" + id;
				}
			}
		}
		CampaignPlan plan = this.plans.complete(user, id, version, actuals, evaluation);
		return done(flash, "campaign.flash.completed", plan);
	}

	@PostMapping("/comments")
	String comment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String text, RedirectAttributes flash) {
		this.plans.comment(user, id, text);
		flash.addFlashAttribute("flash", Flash.success("campaign.flash.commented"));
		return "redirect:/campaigns/" + id + "#timeline";
	}

	/**
	 * Exception handlers get no redirect attributes: the flash goes straight to the flash
	 * map.
	 */
	@ExceptionHandler(IllegalTransition.class)
	String refused(IllegalTransition ex, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("flash", Flash.danger(ex.messageKey()));
		Map<?, ?> variables = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return "redirect:/campaigns/" + Long.parseLong(String.valueOf(variables.get("id")));
	}

	private static String done(RedirectAttributes flash, String key, CampaignPlan plan) {
		flash.addFlashAttribute("flash", Flash.success(key, plan.getTitle()));
		return "redirect:/campaigns/" + plan.getId();
	}

}
