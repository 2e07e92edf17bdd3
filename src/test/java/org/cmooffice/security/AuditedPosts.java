package org.cmooffice.security;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cmooffice.shared.web.Flash;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Watches every POST the integration tests make: did it write an audit event, and did it
 * succeed (a redirect after the change, no warning or error said)? What it sees across
 * the whole suite is checked at the end by {@code AuditCompletenessTests}, against the
 * routes the access matrix marks {@code audit}.
 */
public class AuditedPosts extends OncePerRequestFilter {

	/** Routes seen succeeding (a redirect after the change, nothing wrong said). */
	static final Set<String> SUCCEEDED = ConcurrentHashMap.newKeySet();

	/** Routes seen writing an audit event. */
	static final Set<String> AUDITED = ConcurrentHashMap.newKeySet();

	/** For each route, an address where it succeeded without an audit event. */
	static final Map<String, String> SILENT = new ConcurrentHashMap<>();

	private final JdbcTemplate jdbc;

	public AuditedPosts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long before = events();
		chain.doFilter(request, response);
		String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (pattern == null) {
			return;
		}
		String route = "POST " + pattern;
		boolean audited = events() > before;
		if (audited) {
			AUDITED.add(route);
		}
		String location = response.getHeader("Location");
		if (response.getStatus() / 100 != 3 || location == null || location.endsWith("/login")
				|| location.contains("error") || saidSomethingWentWrong(request)) {
			return;
		}
		SUCCEEDED.add(route);
		if (!audited) {
			SILENT.putIfAbsent(route, request.getRequestURI());
		}
	}

	private static boolean saidSomethingWentWrong(HttpServletRequest request) {
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		return flash.values()
			.stream()
			.anyMatch((value) -> value instanceof Flash said && said.kind() != Flash.Kind.SUCCESS)
				|| flash.keySet().stream().anyMatch((key) -> key.endsWith("Error"));
	}

	private long events() {
		Long count = this.jdbc.queryForObject("SELECT count(*) FROM audit_event", Long.class);
		return (count != null) ? count : 0;
	}

}
