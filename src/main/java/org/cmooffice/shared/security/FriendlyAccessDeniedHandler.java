package org.cmooffice.shared.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Sends 403 to the error page, marking the case of a form whose security token no longer
 * matches the session: that is almost always a session that expired while the form was
 * open, and the user should be told so rather than "access denied".
 */
class FriendlyAccessDeniedHandler implements AccessDeniedHandler {

	/** Request attribute read by the error page model. */
	static final String REASON = "org.cmooffice.accessDeniedReason";

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		if (accessDeniedException instanceof CsrfException) {
			request.setAttribute(REASON, "session-expired");
		}
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

}
