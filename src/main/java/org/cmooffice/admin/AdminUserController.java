package org.cmooffice.admin;

import jakarta.validation.groups.Default;

import org.cmooffice.account.Accounts;
import org.cmooffice.account.Departments;
import org.cmooffice.account.TemporaryPassword;
import org.cmooffice.account.TwoFactor;
import org.cmooffice.account.User;
import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.cmooffice.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/users")
class AdminUserController {

	private final Accounts accounts;

	private final Departments departments;

	private final TwoFactor twoFactor;

	AdminUserController(Accounts accounts, Departments departments, TwoFactor twoFactor) {
		this.twoFactor = twoFactor;
		this.accounts = accounts;
		this.departments = departments;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("users", this.accounts.search(q, role, active, page));
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("active", active);
		model.addAttribute("roles", Role.values());
		return "admin/users/list";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("userForm", new UserForm());
		return form(model, null);
	}

	@PostMapping
	String create(@Validated({ UserForm.Create.class, Default.class }) @ModelAttribute UserForm userForm,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return form(model, null);
		}
		try {
			TemporaryPassword opened = this.accounts.open(userForm.toNewAccount());
			flash.addFlashAttribute("flash", Flash.success("user.flash.created", opened.user().getUsername()));
			flash.addFlashAttribute("temporaryPassword", opened.password());
			return "redirect:/admin/users/" + opened.user().getId();
		}
		catch (InputRejected ex) {
			ex.applyTo(errors);
			return form(model, null);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		User user = this.accounts.get(id);
		model.addAttribute("userForm", UserForm.of(user));
		return form(model, user);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Validated @ModelAttribute UserForm userForm, BindingResult errors,
			@AuthenticationPrincipal CurrentUser actor, Model model, RedirectAttributes flash) {
		User user = this.accounts.get(id);
		if (errors.hasErrors()) {
			return form(model, user);
		}
		try {
			this.accounts.update(id, userForm.getVersion(), userForm.toDetails(), actor);
		}
		catch (InputRejected ex) {
			ex.applyTo(errors);
			return form(model, user);
		}
		flash.addFlashAttribute("flash", Flash.success("user.flash.updated", user.getUsername()));
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser actor,
			RedirectAttributes flash) {
		try {
			User user = this.accounts.deactivate(id, version, actor);
			flash.addFlashAttribute("flash", Flash.success("user.flash.deactivated", user.getUsername()));
		}
		catch (InputRejected ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
		User user = this.accounts.reactivate(id, version);
		flash.addFlashAttribute("flash", Flash.success("user.flash.reactivated", user.getUsername()));
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
		TemporaryPassword reset = this.accounts.resetPassword(id, version);
		flash.addFlashAttribute("flash", Flash.success("user.flash.passwordReset", reset.user().getUsername()));
		flash.addFlashAttribute("temporaryPassword", reset.password());
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes flash) {
		User user = this.accounts.unlock(id);
		flash.addFlashAttribute("flash", Flash.success("user.flash.unlocked", user.getUsername()));
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/reset-two-factor")
	String resetTwoFactor(@PathVariable long id, RedirectAttributes flash) {
		User user = this.accounts.get(id);
		this.twoFactor.reset(id);
		flash.addFlashAttribute("flash", Flash.success("user.flash.twoFactorReset", user.getUsername()));
		return "redirect:/admin/users/" + id;
	}

	private String form(Model model, User user) {
		model.addAttribute("user", user);
		model.addAttribute("twoFactorOn", user != null && this.twoFactor.enabled(user.getId()));
		model.addAttribute("roles", Role.values());
		model.addAttribute("departments", this.departments.all());
		return "admin/users/form";
	}

}
