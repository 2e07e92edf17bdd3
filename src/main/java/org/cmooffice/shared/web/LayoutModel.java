package org.cmooffice.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page. Thymeleaf does not let link expressions call
 * beans, so the link helper travels in the model.
 */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute("here")
	CurrentUrl here(HttpServletRequest request) {
		return new CurrentUrl(request);
	}

	@ModelAttribute("menu")
	Menu menu() {
		return Menu.of(SecurityContextHolder.getContext().getAuthentication());
	}

}
