package org.cmooffice.stakeholder;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logging engagements, ticking off follow-ups, and the signed-in user's follow-ups due.
 */
@Controller
class EngagementController {

	private final Stakeholders stakeholders;

	private final Clock clock;

	EngagementController(Stakeholders stakeholders, Clock clock) {
		this.stakeholders = stakeholders;
		this.clock = clock;
	}

	/**
	 * The form on a page of its own: its plan choice lists up to 200 plans, which the
	 * stakeholder page would otherwise carry on every view.
	 */
	@GetMapping("/stakeholders/{id}/engagements/new")
	String newEngagement(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model,
			RedirectAttributes flash) {
		try {
			return form(user, id, EngagementForm.today(LocalDate.now(this.clock)), model);
		}
		catch (StakeholderRefused ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
			return "redirect:/stakeholders/" + id;
		}
	}

	@PostMapping("/stakeholders/{id}/engagements")
	String log(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("engagementForm") EngagementForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		try {
			if (!errors.hasErrors()) {
				try {
					this.stakeholders.logEngagement(user, id, form);
					flash.addFlashAttribute("flash", Flash.success("engagement.flash.logged"));
					return "redirect:/stakeholders/" + id + "#engagements";
				}
				catch (InputRejected ex) {
					ex.applyTo(errors);
				}
			}
			return form(user, id, form, model);
		}
		catch (StakeholderRefused ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
			return "redirect:/stakeholders/" + id;
		}
	}

	@PostMapping("/stakeholders/{id}/engagements/{engagementId}/done")
	String done(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long engagementId,
			RedirectAttributes flash) {
		this.stakeholders.followUpDone(user, id, engagementId);
		flash.addFlashAttribute("flash", Flash.success("engagement.flash.followUpDone"));
		return "redirect:/stakeholders/" + id + "#engagements";
	}

	@GetMapping("/stakeholders/follow-ups")
	String followUps(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("followUps", this.stakeholders.followUpsDue(user));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "stakeholders/follow-ups";
	}

	private String form(CurrentUser user, long id, EngagementForm form, Model model) {
		Stakeholders.EngagementChoices choices = this.stakeholders.engagementChoices(user, id);
		model.addAttribute("stakeholder", choices.stakeholder());
		model.addAttribute("plans", choices.plans());
		model.addAttribute("types", EngagementType.values());
		model.addAttribute("engagementForm", form);
		return "stakeholders/engagement";
	}

}
