package org.cmooffice.admin;

import jakarta.validation.Valid;

import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/settings")
class SettingsController {

	private final Settings settings;

	SettingsController(Settings settings) {
		this.settings = settings;
	}

	@GetMapping
	String form(Model model) {
		OfficeSettings current = this.settings.current();
		model.addAttribute("settingsForm", SettingsForm.of(current));
		model.addAttribute("current", current);
		return "admin/settings";
	}

	@PostMapping
	String save(@Valid @ModelAttribute SettingsForm settingsForm, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			model.addAttribute("current", this.settings.current());
			return "admin/settings";
		}
		this.settings.change(settingsForm.getVersion(), settingsForm.getDelegatedApprovalLimit(),
				settingsForm.getReviewTargetWorkingDays(), settingsForm.isTwoFactorForEveryone(), user);
		flash.addFlashAttribute("flash", Flash.success("settings.flash.saved"));
		return "redirect:/admin/settings";
	}

}
