package org.cmooffice.shared.web;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes NUL characters out of every parameter a form or address sends. PostgreSQL refuses
 * them in text columns and they mean nothing in a name or a note: removed here, they can
 * never turn a save into an error page. (A filter, not a binder editor: registering an
 * editor would stop controllers from limiting how far their lists may grow.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NulCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(mayCarryNul(request) ? new WithoutNul(request) : request, response);
	}

	/**
	 * Whether the request is wrapped. Each wrapper lies under every request attribute a
	 * page's template reads (thousands a list page), so an address without a NUL goes on
	 * as it came. A post is always wrapped: reading its parameters here would parse a
	 * multipart form's files before the upload limits are applied to them.
	 */
	private static boolean mayCarryNul(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return true;
		}
		for (String[] values : request.getParameterMap().values()) {
			for (String value : values) {
				if (value != null && value.indexOf('\u0000') >= 0) {
					return true;
				}
			}
		}
		return false;
	}

	private static final class WithoutNul extends HttpServletRequestWrapper {

		WithoutNul(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return clean(super.getParameter(name));
		}

		@Override
		public String[] getParameterValues(String name) {
			return clean(super.getParameterValues(name));
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> clean = new LinkedHashMap<>();
			super.getParameterMap().forEach((name, values) -> clean.put(name, clean(values)));
			return Collections.unmodifiableMap(clean);
		}

		private static String[] clean(String[] values) {
			if (values == null) {
				return null;
			}
			String[] clean = new String[values.length];
			for (int i = 0; i < values.length; i++) {
				clean[i] = clean(values[i]);
			}
			return clean;
		}

		private static String clean(String value) {
			return (value != null && value.indexOf('\u0000') >= 0) ? value.replace("\u0000", "") : value;
		}

	}

}
