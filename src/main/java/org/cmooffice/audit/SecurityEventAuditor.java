package org.cmooffice.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Writes Spring Security's sign-in, sign-out and access-denied events to the audit trail.
 */
@Component
class SecurityEventAuditor {

	private final AuditLog auditLog;

	SecurityEventAuditor(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		this.auditLog.recordAs(event.getAuthentication().getName(), AuditAction.LOGIN_SUCCESS, "USER",
				event.getAuthentication().getName(), null);
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		String reason = "wrong user name or password";
		if (event instanceof AuthenticationFailureLockedEvent) {
			reason = "account locked";
		}
		else if (event instanceof AuthenticationFailureDisabledEvent) {
			reason = "account deactivated";
		}
		this.auditLog.recordAs(event.getAuthentication().getName(), AuditAction.LOGIN_FAILURE, "USER",
				event.getAuthentication().getName(), reason);
	}

	@EventListener
	void on(LogoutSuccessEvent event) {
		this.auditLog.recordAs(event.getAuthentication().getName(), AuditAction.LOGOUT, "USER",
				event.getAuthentication().getName(), null);
	}

	/**
	 * A signed-in user reached for something their roles do not allow. Anonymous visitors
	 * are simply sent to the sign-in page and not recorded.
	 */
	@EventListener
	void on(AuthorizationDeniedEvent<?> event) {
		Authentication authentication = event.getAuthentication().get();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return;
		}
		this.auditLog.recordAs(authentication.getName(), AuditAction.ACCESS_DENIED, null, null,
				describe(event.getSource()));
	}

	/** Names the target without its arguments, which may hold passwords. */
	private static String describe(Object target) {
		if (target instanceof HttpServletRequest request) {
			return request.getMethod() + " " + request.getRequestURI();
		}
		if (target instanceof MethodInvocation invocation) {
			return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
		}
		return target.getClass().getSimpleName();
	}

}
