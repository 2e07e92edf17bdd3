package org.cmooffice.shared.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The steps of signing in. After the password, someone who owes a second factor holds a
 * sign-in with a single authority that no page but the code page (or the set-up page)
 * accepts: until the code is right they have no role at all, so nothing can leak through
 * a rule that forgot them. The full sign-in then gets a new session id.
 */
public class SignInSteps implements AuthenticationSuccessHandler {

	/**
	 * Session attributes naming where a sign-in came from, for the user's list of their
	 * sessions.
	 */
	public static final String SIGNED_IN_FROM = "cmo.signedInFrom";

	public static final String BROWSER = "cmo.browser";

	private final SecondFactor secondFactor;

	private final SecurityContextRepository contexts;

	private final SavedRequestAwareAuthenticationSuccessHandler fullSignIn = new SavedRequestAwareAuthenticationSuccessHandler();

	private final SessionLimit<?> sessionLimit;

	SignInSteps(SecondFactor secondFactor, SecurityContextRepository contexts, SessionLimit<?> sessionLimit) {
		this.secondFactor = secondFactor;
		this.contexts = contexts;
		this.sessionLimit = sessionLimit;
		this.fullSignIn.setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		HttpSession session = request.getSession();
		session.setAttribute(SIGNED_IN_FROM, request.getRemoteAddr());
		String browser = request.getHeader("User-Agent");
		session.setAttribute(BROWSER,
				(browser != null && browser.length() > 300) ? browser.substring(0, 300) : browser);
		this.sessionLimit.signedIn(authentication.getName(), session.getId());
		if (!(authentication.getPrincipal() instanceof CurrentUser user)) {
			this.fullSignIn.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		switch (this.secondFactor.need(user)) {
			case NONE -> this.fullSignIn.onAuthenticationSuccess(request, response, authentication);
			case VERIFY -> {
				hold(request, response, user, SecondFactor.VERIFY_PENDING);
				response.sendRedirect(request.getContextPath() + "/login/two-factor");
			}
			case ENROL -> {
				hold(request, response, user, SecondFactor.ENROLMENT_PENDING);
				response.sendRedirect(request.getContextPath() + "/account/two-factor");
			}
		}
	}

	/**
	 * Completes a sign-in held for its second factor: the user's roles at last, in a new
	 * session id, and on to the page they first asked for.
	 */
	public void complete(HttpServletRequest request, HttpServletResponse response, CurrentUser user)
			throws IOException, ServletException {
		Authentication full = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(full);
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		this.contexts.saveContext(context, request, response);
	}

	/** Whether the request comes from someone signed in with their roles. */
	public static boolean fullySignedIn(Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof CurrentUser
				&& authentication.getAuthorities()
					.stream()
					.noneMatch((granted) -> SecondFactor.VERIFY_PENDING.equals(granted.getAuthority())
							|| SecondFactor.ENROLMENT_PENDING.equals(granted.getAuthority()));
	}

	private void hold(HttpServletRequest request, HttpServletResponse response, CurrentUser user, String authority) {
		Authentication held = UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority(authority)));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(held);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
