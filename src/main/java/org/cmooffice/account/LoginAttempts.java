package org.cmooffice.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.cmooffice.audit.AuditAction;
import org.cmooffice.audit.AuditLog;
import org.cmooffice.shared.security.CurrentUser;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for 15 minutes after 5 failed sign-ins within 15 minutes, counted in
 * the database so that every application instance sees the same count. The lock is
 * checked only after the password, and reported as any other failure.
 */
@Component
class LoginAttempts {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	private final UserRepository users;

	private final AuditLog auditLog;

	private final Clock clock;

	private final TwoFactor twoFactor;

	LoginAttempts(UserRepository users, AuditLog auditLog, Clock clock, TwoFactor twoFactor) {
		this.twoFactor = twoFactor;
		this.users = users;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void on(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		Instant now = this.clock.instant();
		if (this.users.countFailure(username, now, now.minus(WINDOW)) == 1
				&& this.users.lockIfThresholdReached(username, MAX_FAILURES, now.plus(LOCK)) == 1) {
			this.auditLog.recordAs(username, AuditAction.LOCKOUT, "USER", username,
					MAX_FAILURES + " failed sign-ins within " + WINDOW.toMinutes() + " minutes; locked for "
							+ LOCK.toMinutes() + " minutes");
		}
	}

	/**
	 * A right password wipes the count only when it completes the sign-in: when a second
	 * factor follows, wrong codes must keep counting towards the lockout, and the count
	 * is wiped once the code is right.
	 */
	@EventListener
	@Transactional
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof CurrentUser user && this.twoFactor.enabled(user.id())) {
			return;
		}
		this.users.recordSuccess(event.getAuthentication().getName(), this.clock.instant());
	}

}
