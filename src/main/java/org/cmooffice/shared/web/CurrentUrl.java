package org.cmooffice.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

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
