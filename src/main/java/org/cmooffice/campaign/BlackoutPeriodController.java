package org.cmooffice.campaign;

import jakarta.validation.Valid;

import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.web.Flash;

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
 * Administrators keep the blackout periods (under /admin, so ADMIN only). It lives with
 * the campaigns, whose review it serves.
 */
@Controller
@RequestMapping("/admin/blackouts")
class BlackoutPeriodController {

	private final BlackoutPeriods periods;

	BlackoutPeriodController(BlackoutPeriods periods) {
		this.periods = periods;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("periods", this.periods.all());
		model.addAttribute("blackoutForm", new BlackoutPeriodForm());
		model.addAttribute("period", null);
		return "admin/blackouts";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("blackoutForm") BlackoutPeriodForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				BlackoutPeriod period = this.periods.create(form.getNameJa(), form.getNameEn(), form.getStartDate(),
						form.getEndDate(), form.getNote());
				flash.addFlashAttribute("flash", Flash.success("blackout.flash.created", period.getNameJa()));
				return "redirect:/admin/blackouts";
			}
			catch (InputRejected ex) {
				ex.applyTo(errors);
			}
		}
		model.addAttribute("periods", this.periods.all());
		model.addAttribute("period", null);
		return "admin/blackouts";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		BlackoutPeriod period = this.periods.get(id);
		model.addAttribute("blackoutForm", BlackoutPeriodForm.of(period));
		model.addAttribute("period", period);
		model.addAttribute("periods", this.periods.all());
		return "admin/blackouts";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("blackoutForm") BlackoutPeriodForm form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		BlackoutPeriod period = this.periods.get(id);
		if (!errors.hasErrors()) {
			try {
				this.periods.update(id, form.getVersion(), form.getNameJa(), form.getNameEn(), form.getStartDate(),
						form.getEndDate(), form.getNote());
				flash.addFlashAttribute("flash", Flash.success("blackout.flash.updated", form.getNameJa()));
				return "redirect:/admin/blackouts";
			}
			catch (InputRejected ex) {
				ex.applyTo(errors);
			}
		}
		model.addAttribute("period", period);
		model.addAttribute("periods", this.periods.all());
		return "admin/blackouts";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
		this.periods.delete(id, version);
		flash.addFlashAttribute("flash", Flash.success("blackout.flash.deleted"));
		return "redirect:/admin/blackouts";
	}

}
