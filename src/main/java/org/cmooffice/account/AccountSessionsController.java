package org.cmooffice.account;

import jakarta.servlet.http.HttpServletRequest;

import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.web.Flash;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where each user sees the browsers they are signed in on, and ends those they no longer
 * use (a shared PC left signed in, a lost phone).
 */
@Controller
@RequestMapping("/account/sessions")
class AccountSessionsController {

	private final UserSessions sessions;

	private final int perUser;

	AccountSessionsController(UserSessions sessions, @Value("${cmo.sessions.per-user:5}") int perUser) {
		this.sessions = sessions;
		this.perUser = perUser;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
		model.addAttribute("sessions", this.sessions.of(user, request.getSession().getId()));
		model.addAttribute("perUser", this.perUser);
		return "account/sessions";
	}

	@PostMapping("/end")
	String end(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String handle,
			HttpServletRequest request, RedirectAttributes flash) {
		if (this.sessions.end(user, handle, request.getSession().getId())) {
			flash.addFlashAttribute("flash", Flash.success("account.sessions.ended"));
		}
		else {
			flash.addFlashAttribute("flash", Flash.warning("account.sessions.alreadyEnded"));
		}
		return "redirect:/account/sessions";
	}

	@PostMapping("/end-others")
	String endOthers(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, RedirectAttributes flash) {
		int ended = this.sessions.endOthers(user, request.getSession().getId());
		flash.addFlashAttribute("flash", Flash.success("account.sessions.othersEnded", ended));
		return "redirect:/account/sessions";
	}

}
