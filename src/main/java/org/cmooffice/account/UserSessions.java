package org.cmooffice.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cmooffice.audit.AuditAction;
import org.cmooffice.audit.AuditLog;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.SessionLimit;
import org.cmooffice.shared.security.SignInSteps;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * A user's sessions on every application instance (they live in the database): listed for
 * the user, ended one by one or all but the current by the user, and all ended so that
 * deactivating an account, changing its roles or resetting its password takes effect at
 * the user's next click, not at their next sign-in.
 */
@Component
class UserSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final AuditLog auditLog;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions, AuditLog auditLog) {
		this.sessions = sessions;
		this.auditLog = auditLog;
	}

	int endAll(String username) {
		return endAllExcept(username, null);
	}

	int endAllExcept(String username, String keepSessionId) {
		int ended = 0;
		for (String id : this.sessions.findByPrincipalName(username).keySet()) {
			if (!id.equals(keepSessionId)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

	/**
	 * The user's sessions still in use (not those a newer sign-in ended), the current one
	 * first, then the most recently used. Each is named by a handle, never by its id: the
	 * id is what signs a browser in.
	 */
	List<SignedIn> of(CurrentUser user, String currentId) {
		return open(user).entrySet()
			.stream()
			.map((entry) -> SignedIn.of(entry.getValue(), entry.getKey().equals(currentId)))
			.sorted(Comparator.comparing(SignedIn::current)
				.reversed()
				.thenComparing(Comparator.comparing(SignedIn::lastUsedAt).reversed()))
			.toList();
	}

	/**
	 * Ends one of the user's other sessions; false if it had already ended (or is the
	 * current one, which ends by signing out).
	 */
	boolean end(CurrentUser user, String handle, String currentId) {
		for (Map.Entry<String, ? extends Session> session : open(user).entrySet()) {
			if (!session.getKey().equals(currentId) && handle(session.getKey()).equals(handle)) {
				this.sessions.deleteById(session.getKey());
				SignedIn ended = SignedIn.of(session.getValue(), false);
				this.auditLog.record(AuditAction.SESSIONS_ENDED, "USER", user.id(),
						"1 session ended by its user (signed in from " + ended.address() + ")");
				return true;
			}
		}
		return false;
	}

	/** Ends every session of the user but the current one; how many ended. */
	int endOthers(CurrentUser user, String currentId) {
		int ended = endAllExcept(user.getUsername(), currentId);
		if (ended > 0) {
			this.auditLog.record(AuditAction.SESSIONS_ENDED, "USER", user.id(),
					ended + " other sessions ended by their user");
		}
		return ended;
	}

	private Map<String, ? extends Session> open(CurrentUser user) {
		return this.sessions.findByPrincipalName(user.getUsername())
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().getAttribute(SessionLimit.ENDED) == null
					&& !entry.getValue().isExpired())
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	static String handle(String sessionId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** One signed-in browser, as its user sees it. */
	public record SignedIn(String handle, Instant signedInAt, Instant lastUsedAt, String address, String browser,
			boolean current) {

		static SignedIn of(Session session, boolean current) {
			return new SignedIn(UserSessions.handle(session.getId()), session.getCreationTime(),
					session.getLastAccessedTime(), session.getAttribute(SignInSteps.SIGNED_IN_FROM),
					session.getAttribute(SignInSteps.BROWSER), current);
		}

		/**
		 * The browser and system in a few words ("Edge, Windows"), from the browser's own
		 * description; empty when it sent none.
		 */
		public String device() {
			if (this.browser == null || this.browser.isBlank()) {
				return "";
			}
			String name = this.browser.contains("Edg/") ? "Edge" : this.browser.contains("Firefox/") ? "Firefox"
					: this.browser.contains("Chrome/") ? "Chrome" : this.browser.contains("Safari/") ? "Safari" : null;
			String system = this.browser.contains("Windows") ? "Windows"
					: (this.browser.contains("iPhone") || this.browser.contains("iPad")) ? "iOS"
							: this.browser.contains("Mac OS") ? "macOS" : this.browser.contains("Android") ? "Android"
									: this.browser.contains("Linux") ? "Linux" : null;
			if (name == null && system == null) {
				return this.browser.substring(0, Math.min(60, this.browser.length()));
			}
			return (name != null && system != null) ? name + ", " + system : (name != null) ? name : system;
		}

	}

}
