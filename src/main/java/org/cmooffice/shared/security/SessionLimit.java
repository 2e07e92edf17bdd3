package org.cmooffice.shared.security;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most so many signed-in browsers per user. A new sign-in ends those beyond the limit
 * that were used least recently: their sign-in is removed from the stored session and the
 * session marked, so that their next click leads to the sign-in page saying why. The mark
 * is read from the session Spring Session has already loaded for the request, so the
 * limit costs a query per sign-in and none per page (Spring Security's own concurrency
 * filter would look each request's session up again).
 */
public class SessionLimit<S extends Session> {

	/** Set on a session a newer sign-in ended. */
	public static final String ENDED = "cmo.endedByNewerSignIn";

	private final FindByIndexNameSessionRepository<S> sessions;

	private final int perUser;

	SessionLimit(FindByIndexNameSessionRepository<S> sessions, int perUser) {
		if (perUser < 1) {
			throw new IllegalArgumentException("cmo.sessions.per-user must be at least 1, not " + perUser);
		}
		this.sessions = sessions;
		this.perUser = perUser;
	}

	/** Called when the user has just signed in on the session {@code currentId}. */
	void signedIn(String username, String currentId) {
		List<S> others = this.sessions.findByPrincipalName(username)
			.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().equals(currentId) && !entry.getValue().isExpired()
					&& entry.getValue().getAttribute(ENDED) == null)
			.map(Map.Entry::getValue)
			.sorted(Comparator.comparing(Session::getLastAccessedTime).reversed())
			.toList();
		for (S oldest : others.subList(Math.min(others.size(), this.perUser - 1), others.size())) {
			oldest.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			oldest.setAttribute(ENDED, Boolean.TRUE);
			this.sessions.save(oldest);
		}
	}

	/** Sends a browser whose sign-in a newer one ended to the sign-in page. */
	static final class EndedSessionFilter extends OncePerRequestFilter {

		/** Files need no session: asking for one would read it from the database. */
		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return path.startsWith("/assets/") || path.equals("/favicon.ico");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			HttpSession session = request.getSession(false);
			if (session != null && session.getAttribute(ENDED) != null) {
				session.invalidate();
				response.sendRedirect(request.getContextPath() + "/login?ended");
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
