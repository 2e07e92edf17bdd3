package org.cmooffice.crisis;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.SignInSteps;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the open serious incidents the signed-in user must keep in view into every page's
 * model; the layout shows them as a banner. One indexed query, a few rows at most.
 */
@ControllerAdvice
class CrisisBanner {

	private final Incidents incidents;

	CrisisBanner(Incidents incidents) {
		this.incidents = incidents;
	}

	@ModelAttribute("crisisAlerts")
	List<Incident> crisisAlerts(HttpServletRequest request) {
		// Only pages are shown: a form post that redirects, or a file, needs no banner.
		if (!"GET".equals(request.getMethod())) {
			return List.of();
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!SignInSteps.fullySignedIn(authentication)) {
			return List.of();
		}
		return this.incidents.alerting((CurrentUser) authentication.getPrincipal());
	}

}
