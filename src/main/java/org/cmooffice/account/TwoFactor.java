package org.cmooffice.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import org.cmooffice.audit.AuditAction;
import org.cmooffice.audit.AuditLog;
import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.cmooffice.shared.security.SecondFactor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of signing in (ASVS 5.0 level 2): a TOTP app, with ten single-use
 * recovery codes for a lost phone. Required for the roles in
 * {@code cmo.two-factor.required-for} (ADMIN and CMO under {@code prod}) and, when an
 * administrator says so, for everyone; available to every user. The secret is kept
 * encrypted with the application's key; recovery codes only as SHA-256 hashes (they are
 * random and long, so a fast hash is enough).
 */
@Service
public class TwoFactor implements SecondFactor {

	static final String ISSUER = "CMO Office";

	static final int RECOVERY_CODES = 10;

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final TextEncryptor secrets;

	private final Set<Role> requiredFor;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final UserSessions sessions;

	private final Clock clock;

	private final UserRepository users;

	private final ApplicationEventPublisher events;

	TwoFactor(JdbcTemplate jdbc, UserRepository users, ApplicationEventPublisher events,
			@Value("${cmo.two-factor.key}") String key, @Value("${cmo.two-factor.required-for:}") Set<Role> requiredFor,
			PasswordEncoder passwordEncoder, AuditLog auditLog, UserSessions sessions, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.events = events;
		// The salt is fixed: the key itself is the secret and differs per deployment.
		this.secrets = Encryptors.delux(key,
				HexFormat.of().formatHex("cmo-office-totp".getBytes(StandardCharsets.US_ASCII)));
		this.requiredFor = requiredFor.isEmpty() ? Set.of() : EnumSet.copyOf(requiredFor);
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Need need(CurrentUser user) {
		if (enabled(user.id())) {
			return Need.VERIFY;
		}
		return required(user) ? Need.ENROL : Need.NONE;
	}

	/** Whether this user may not do without a second factor. */
	@Transactional(readOnly = true)
	public boolean required(CurrentUser user) {
		return user.roles().stream().anyMatch(this.requiredFor::contains) || Boolean.TRUE.equals(this.jdbc
			.queryForObject("SELECT two_factor_for_everyone FROM office_settings WHERE id = 1", Boolean.class));
	}

	@Transactional(readOnly = true)
	public boolean enabled(long userId) {
		return Boolean.TRUE.equals(this.jdbc
			.queryForObject("SELECT totp_enabled_at IS NOT NULL FROM app_user WHERE id = ?", Boolean.class, userId));
	}

	@Transactional(readOnly = true)
	public int recoveryCodesLeft(long userId) {
		Integer left = this.jdbc.queryForObject(
				"SELECT count(*) FROM recovery_code WHERE user_id = ? AND used_at IS NULL", Integer.class, userId);
		return (left != null) ? left : 0;
	}

	/** A new secret for the user to scan; nothing is stored until they confirm a code. */
	public Enrolment start(CurrentUser user) {
		String secret = Totp.newSecret();
		return new Enrolment(secret, Totp.uri(ISSUER, user.getUsername(), secret));
	}

	/**
	 * Stores the secret once the app shows a right code for it, and hands out the
	 * recovery codes, shown this once.
	 */
	@Transactional
	public List<String> confirm(CurrentUser user, String secret, String code) {
		OptionalLong step = Totp.step(secret, code, this.clock.instant());
		if (step.isEmpty()) {
			throw new InputRejected("code", "twoFactor.code.wrong");
		}
		int stored = this.jdbc.update("""
				UPDATE app_user SET totp_secret = ?, totp_enabled_at = ?, totp_last_step = ?
				WHERE id = ? AND totp_enabled_at IS NULL""", this.secrets.encrypt(secret),
				java.sql.Timestamp.from(this.clock.instant()), step.getAsLong(), user.id());
		if (stored == 0) {
			throw new InputRejected("code", "twoFactor.alreadyEnabled");
		}
		List<String> codes = newRecoveryCodes(user.id());
		this.auditLog.record(AuditAction.TWO_FACTOR_ENABLED, "USER", user.id(), user.getUsername());
		return codes;
	}

	/**
	 * Checks a code typed at sign-in: from the app (each time step good once, so a code
	 * seen over a shoulder cannot be replayed) or a recovery code (good once). The user's
	 * row is locked for the check, so guesses sent side by side are counted one after the
	 * other; a wrong one counts as a failed sign-in (towards the lockout and the
	 * address's limit) in the same transaction, and a locked account gets nothing right.
	 */
	@Transactional
	public boolean verify(CurrentUser user, String typed, Object details) {
		Map<String, Object> row = this.jdbc
			.queryForMap("SELECT totp_secret, locked_until, active FROM app_user WHERE id = ? FOR UPDATE", user.id());
		String encrypted = (String) row.get("totp_secret");
		java.sql.Timestamp lockedUntil = (java.sql.Timestamp) row.get("locked_until");
		if (encrypted == null || !Boolean.TRUE.equals(row.get("active"))
				|| (lockedUntil != null && lockedUntil.toInstant().isAfter(this.clock.instant()))) {
			return false;
		}
		if (rightCode(user, this.secrets.decrypt(encrypted), typed)) {
			signedIn(user);
			return true;
		}
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
			.unauthenticated(user.getUsername(), null);
		attempt.setDetails(details);
		this.events.publishEvent(
				new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("second factor")));
		return false;
	}

	private boolean rightCode(CurrentUser user, String secret, String typed) {
		OptionalLong step = Totp.step(secret, typed, this.clock.instant());
		if (step.isPresent()) {
			return this.jdbc.update("""
					UPDATE app_user SET totp_last_step = ?
					WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)""", step.getAsLong(), user.id(),
					step.getAsLong()) == 1;
		}
		String recovery = normaliseRecoveryCode(typed);
		if (recovery.length() != 10) {
			return false;
		}
		int used = this.jdbc.update(
				"UPDATE recovery_code SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL",
				java.sql.Timestamp.from(this.clock.instant()), user.id(), hash(recovery));
		if (used == 1) {
			this.auditLog.record(AuditAction.RECOVERY_CODE_USED, "USER", user.id(),
					recoveryCodesLeft(user.id()) + " recovery codes left");
		}
		return used == 1;
	}

	/**
	 * The user turns their second factor off, with their password, where it is optional.
	 */
	@Transactional
	public void disable(CurrentUser user, String password) {
		if (required(user)) {
			throw new InputRejected("currentPassword", "twoFactor.disable.required");
		}
		String hash = this.jdbc.queryForObject("SELECT password_hash FROM app_user WHERE id = ?", String.class,
				user.id());
		if (password == null || !this.passwordEncoder.matches(password, hash)) {
			// Counted as a failed sign-in: a stolen session must not become a way to
			// guess
			// the password without limit.
			this.events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
					UsernamePasswordAuthenticationToken.unauthenticated(user.getUsername(), null),
					new BadCredentialsException("password to turn off the second factor")));
			throw new InputRejected("currentPassword", "password.current.wrong");
		}
		clear(user.id());
		this.auditLog.record(AuditAction.TWO_FACTOR_DISABLED, "USER", user.id(), user.getUsername());
	}

	/**
	 * For a user who lost their phone and their codes: the second factor is removed and
	 * their sessions ended; at the next sign-in they set up a new one (if it is
	 * required).
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void reset(long userId) {
		String username = this.jdbc.queryForObject("SELECT username FROM app_user WHERE id = ?", String.class, userId);
		clear(userId);
		this.auditLog.record(AuditAction.TWO_FACTOR_RESET, "USER", userId, username);
		this.sessions.endAll(username);
	}

	/**
	 * The sign-in is complete: the failure count starts again, as after a password alone.
	 */
	private void signedIn(CurrentUser user) {
		this.users.recordSuccess(user.getUsername(), this.clock.instant());
		this.auditLog.record(AuditAction.LOGIN_SUCCESS, "USER", user.id(), "second factor");
	}

	private void clear(long userId) {
		this.jdbc.update(
				"UPDATE app_user SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL WHERE id = ?",
				userId);
		this.jdbc.update("DELETE FROM recovery_code WHERE user_id = ?", userId);
	}

	private List<String> newRecoveryCodes(long userId) {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
			}
			codes.add(code.substring(0, 5) + "-" + code.substring(5));
			this.jdbc.update("INSERT INTO recovery_code (user_id, code_hash) VALUES (?, ?)", userId,
					hash(code.toString()));
		}
		return codes;
	}

	private static String normaliseRecoveryCode(String typed) {
		if (typed == null) {
			return "";
		}
		return java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC)
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[\\s-]", "");
	}

	private static String hash(String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A secret being set up, and the URI its QR code carries. */
	public record Enrolment(String secret, String uri) {

	}

}
