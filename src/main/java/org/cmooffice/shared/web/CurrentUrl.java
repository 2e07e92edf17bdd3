package org.cmooffice.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the page being shown with one parameter changed: another page of the same
 * filtered list, or the same page in the other language. In every model as {@code here}.
 */
public final class CurrentUrl {

	private final HttpServletRequest request;

	CurrentUrl(HttpServletRequest request) {
		this.request = request;
	}

	public String page(int page) {
		return with("page", String.valueOf(page));
	}

	/**
	 * The numbered links of a list's pagination: up to two pages either side of the one
	 * shown. Worked out here rather than in the template, where the links' expressions
	 * would run uncompiled (Thymeleaf's restricted mode for {@code th:href}).
	 */
	public List<PageLink> pageLinks(Page<?> shown) {
		int first = Math.max(0, shown.getNumber() - 2);
		int last = Math.min(shown.getTotalPages() - 1, shown.getNumber() + 2);
		List<PageLink> links = new ArrayList<>(last - first + 1);
		for (int number = first; number <= last; number++) {
			links.add(new PageLink(number + 1, page(number), number == shown.getNumber()));
		}
		return links;
	}

	public String language(String language) {
		return with("lang", language);
	}

	/**
	 * Another page with this page's filters: the list's export, or the grid of the same
	 * selection. The page number and the language stay behind.
	 */
	public String sameQueryAt(String path) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		for (Map.Entry<String, String[]> parameter : this.request.getParameterMap().entrySet()) {
			if (!"page".equals(parameter.getKey()) && !"lang".equals(parameter.getKey())) {
				builder.queryParam(parameter.getKey(), (Object[]) parameter.getValue());
			}
		}
		return builder.build().encode().toUriString();
	}

	/** A link to one page of a list; {@code label} counts from 1. */
	public record PageLink(int label, String href, boolean current) {
	}

	private String with(String name, String value) {
		UriComponentsBuilder builder = UriComponentsBuilder
			.fromPath(this.request.getRequestURI().substring(this.request.getContextPath().length()));
		// A form shown again after a POST has no page of its own to link back to with its
		// input.
		if ("GET".equals(this.request.getMethod())) {
			for (Map.Entry<String, String[]> parameter : this.request.getParameterMap().entrySet()) {
				if (!name.equals(parameter.getKey()) && !"lang".equals(parameter.getKey())) {
					builder.queryParam(parameter.getKey(), (Object[]) parameter.getValue());
				}
			}
		}
		builder.queryParam(name, value);
		return builder.build().encode().toUriString();
	}

}
