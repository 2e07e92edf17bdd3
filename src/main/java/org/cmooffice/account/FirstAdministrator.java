package org.cmooffice.account;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cmooffice.audit.AuditAction;
import org.cmooffice.audit.AuditLog;
import org.cmooffice.shared.security.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In production there are no demo accounts: on the first start (no users yet) the first
 * administrator is created from {@code CMO_ADMIN_USERNAME} and
 * {@code CMO_ADMIN_PASSWORD}, and must choose a new password at first sign-in, so the one
 * passed through the environment stops working at once.
 */
@Component
@Profile("prod")
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final String username;

	private final String password;

	FirstAdministrator(UserRepository users, PasswordEncoder passwordEncoder, AuditLog auditLog,
			@Value("${CMO_ADMIN_USERNAME:}") String username, @Value("${CMO_ADMIN_PASSWORD:}") String password) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.username = username.strip();
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.count() > 0) {
			return;
		}
		if (this.username.isEmpty() || this.password.length() < PasswordPolicy.MIN_LENGTH) {
			throw new Missing();
		}
		try {
			User admin = this.users.save(new User(this.username, this.username, null,
					this.passwordEncoder.encode(this.password), EnumSet.of(Role.ADMIN), null, true));
			this.auditLog.record(AuditAction.USER_CREATED, "USER", admin.getId(),
					this.username + ": ADMIN (first start)");
			log.info("First administrator '{}' created; the password must be changed at first sign-in", this.username);
		}
		catch (DataIntegrityViolationException ex) {
			log.info("First administrator already created by another instance");
		}
	}

	/** The database has no users and the environment names no first administrator. */
	static final class Missing extends IllegalStateException {

		Missing() {
			super("The database has no users yet, and CMO_ADMIN_USERNAME and CMO_ADMIN_PASSWORD (at least "
					+ PasswordPolicy.MIN_LENGTH + " characters) are not both set.");
		}

	}

	/** Says what to set, instead of a stack trace. */
	static final class MissingAnalyzer extends AbstractFailureAnalyzer<Missing> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, Missing cause) {
			return new FailureAnalysis(cause.getMessage(),
					"Set CMO_ADMIN_USERNAME and CMO_ADMIN_PASSWORD for the first start; the administrator must choose"
							+ " a new password at first sign-in.",
					cause);
		}

	}

}
