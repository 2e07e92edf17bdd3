package org.cmooffice.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sessions on every application instance (they live in the database), so
 * that deactivating an account, changing its roles or resetting its password takes effect
 * at the user's next click, not at their next sign-in.
 */
@Component
class UserSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
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

}
