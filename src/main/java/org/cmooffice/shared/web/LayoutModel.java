package org.cmooffice.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.context.LazyContextVariable;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page. Thymeleaf does not let link expressions call
 * beans, so the link helper travels in the model. The formatter does too: Spring EL
 * compiles {@code fmt.date(x)} on a model variable to bytecode but interprets a bean
 * reference {@code @fmt.date(x)} by reflection on every call, and a list page makes
 * hundreds of such calls. The menu's entries come rendered ({@link MenuLinks}), and only
 * when a page shows them: a handler that redirects never asks.
 */
@ControllerAdvice
class LayoutModel {

	private final Formats formats;

	private final MenuLinks menuLinks;

	LayoutModel(Formats formats, MenuLinks menuLinks) {
		this.formats = formats;
		this.menuLinks = menuLinks;
	}

	@ModelAttribute("here")
	CurrentUrl here(HttpServletRequest request) {
		return new CurrentUrl(request);
	}

	@ModelAttribute("fmt")
	Formats formats() {
		return this.formats;
	}

	/**
	 * The menu as {@code menu}, and its entries' markup as {@code menuLinks}, from one
	 * look at the user's roles.
	 */
	@ModelAttribute
	void menu(Model model, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Menu menu = Menu.of(SecurityContextHolder.getContext().getAuthentication());
		model.addAttribute("menu", menu);
		model.addAttribute("menuLinks", new LazyContextVariable<String>() {

			@Override
			protected String loadValue() {
				return LayoutModel.this.menuLinks.html(menu, locale, request, response);
			}

		});
	}

}
