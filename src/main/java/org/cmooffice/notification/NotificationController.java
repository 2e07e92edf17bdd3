package org.cmooffice.notification;

import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/notifications")
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("notifications", this.notifications.forUser(user, page));
		return "notifications/list";
	}

	@PostMapping("/{id}/open")
	String open(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return "redirect:" + this.notifications.open(user, id).orElse("/notifications");
	}

	@PostMapping("/read-all")
	String readAll(@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
		int count = this.notifications.markAllRead(user);
		flash.addFlashAttribute("flash", Flash.success("notification.flash.allRead", count));
		return "redirect:/notifications";
	}

}
