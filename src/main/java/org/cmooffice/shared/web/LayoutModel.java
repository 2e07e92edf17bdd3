package org.cmooffice.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page. Thymeleaf does not let link expressions call
 * beans, so the link helper travels in the model. The formatter does too: Spring EL
 * compiles {@code fmt.date(x)} on a model variable to bytecode but interprets a bean
 * reference {@code @fmt.date(x)} by reflection on every call, and a list page makes
 * hundreds of such calls.
 */
@ControllerAdvice
class LayoutModel {

	private final Formats formats;

	LayoutModel(Formats formats) {
		this.formats = formats;
	}

	@ModelAttribute("here")
	CurrentUrl here(HttpServletRequest request) {
		return new CurrentUrl(request);
	}

	@ModelAttribute("fmt")
	Formats formats() {
		return this.formats;
	}

	@ModelAttribute("menu")
	Menu menu() {
		return Menu.of(SecurityContextHolder.getContext().getAuthentication());
	}

}
