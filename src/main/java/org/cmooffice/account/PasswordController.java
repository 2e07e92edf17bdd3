package org.cmooffice.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.web.Flash;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/account/password")
class PasswordController {

	private final Accounts accounts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return view(user, model);
	}

	@PostMapping
	String change(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute PasswordForm passwordForm,
			BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes flash) {
		if (!errors.hasFieldErrors("confirmPassword") && !errors.hasFieldErrors("newPassword")
				&& !passwordForm.getNewPassword().equals(passwordForm.getConfirmPassword())) {
			errors.rejectValue("confirmPassword", "password.confirm.mismatch");
		}
		if (errors.hasErrors()) {
			return view(user, model);
		}
		try {
			this.accounts.changeOwnPassword(user, passwordForm.getCurrentPassword(), passwordForm.getNewPassword());
		}
		catch (InputRejected ex) {
			ex.applyTo(errors);
			return view(user, model);
		}
		// Other sessions end (someone else may have known the old password); this one
		// gets a
		// new id for the new credentials and is freed from this page.
		int ended = this.accounts.endOtherSessions(user, request.getSession().getId());
		request.changeSessionId();
		refreshPrincipal(user.withPasswordChanged(), request, response);
		flash.addFlashAttribute("flash", Flash.success("password.flash.changed", ended));
		return "redirect:/";
	}

	private String view(CurrentUser user, Model model) {
		model.addAttribute("forced", user.mustChangePassword());
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		model.addAttribute("maxLength", PasswordPolicy.MAX_LENGTH);
		return "account/password";
	}

	private void refreshPrincipal(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken.authenticated(user, null,
				current.getAuthorities());
		updated.setDetails(current.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(updated);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
