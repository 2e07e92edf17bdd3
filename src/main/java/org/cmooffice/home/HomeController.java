package org.cmooffice.home;

import java.util.Locale;

import org.cmooffice.shared.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page shows each role its own panels ({@link HomePanels}).
 */
@Controller
class HomeController {

	private final HomePanels panels;

	HomeController(HomePanels panels) {
		this.panels = panels;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		model.addAllAttributes(this.panels.of(user, locale));
		return "home";
	}

}
