package org.cmooffice.notification;

import javax.sql.DataSource;

import org.cmooffice.shared.persistence.EveryRequest;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.SignInSteps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The number of unread notifications in every page's header, used in the layout as
 * {@code @unreadBadge}. One count over a partial index, on the connections of
 * {@link EveryRequest}.
 */
@Component("unreadBadge")
public class UnreadBadge {

	private final JdbcClient jdbc;

	UnreadBadge(@EveryRequest DataSource everyRequest) {
		this.jdbc = JdbcClient.create(everyRequest);
	}

	/** Zero when nobody is signed in. */
	public long count() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (SignInSteps.fullySignedIn(authentication) && authentication.getPrincipal() instanceof CurrentUser user) {
			return this.jdbc.sql("select count(*) from notification where recipient_id = ? and read_at is null")
				.param(user.id())
				.query(Long.class)
				.single();
		}
		return 0;
	}

}
