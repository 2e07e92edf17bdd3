package org.cmooffice.shared.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The main menu's entries, rendered once for each set of entries and language and then
 * copied into every page: their links and labels depend on nothing else. Rendering them
 * on every page (thirteen entries, twelve behind a condition, each with a link and a
 * message) cost 0.27 ms of the application's time a page, measured side by side against
 * the same entries written out as plain markup. The entries stay in a template,
 * {@code fragments/menu.html}.
 * <p>
 * Only the office's two languages are kept: the locale resolver admits no other today,
 * but a rendering kept for each locale a request could name would let anyone fill the
 * memory.
 */
@Component
class MenuLinks {

	private static final TemplateSpec LINKS = new TemplateSpec("fragments/menu", Set.of("links"), TemplateMode.HTML,
			null);

	private final ITemplateEngine templates;

	/** Off where templates are read again on every page, so that edits show. */
	private final boolean keep;

	private final Map<Key, String> rendered = new ConcurrentHashMap<>();

	MenuLinks(ITemplateEngine templates, @Value("${spring.thymeleaf.cache:true}") boolean keep) {
		this.templates = templates;
		this.keep = keep;
	}

	/** The entries for the menu in the language, as markup for the layout's list. */
	String html(Menu menu, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		if (!menu.signedIn()) {
			return "";
		}
		if (!this.keep || !LocaleConfiguration.LANGUAGES.contains(locale.toLanguageTag())) {
			return render(menu, locale, request, response);
		}
		return this.rendered.computeIfAbsent(new Key(menu, locale), (key) -> render(menu, locale, request, response));
	}

	/** How many renderings are kept. */
	int kept() {
		return this.rendered.size();
	}

	private String render(Menu menu, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		// A web context, since links relative to the application need its path.
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), locale, Map.of("menu", menu));
		return this.templates.process(LINKS, context).strip();
	}

	private record Key(Menu menu, Locale locale) {
	}

}
