package org.cmooffice.notification;

import javax.sql.DataSource;

import org.cmooffice.shared.persistence.EveryRequest;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.SignInSteps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of unread notifications in every page's header. One count over a partial
 * index, on the connections of {@link EveryRequest}. In every model as
 * {@code unreadBadge}, counted only where the layout asks: as a bean reference
 * ({@code @unreadBadge}) Spring EL would call it by reflection, uncompiled, on every
 * page.
 */
@ControllerAdvice
public class UnreadBadge {

	private final JdbcClient jdbc;

	UnreadBadge(@EveryRequest DataSource everyRequest) {
		this.jdbc = JdbcClient.create(everyRequest);
	}

	@ModelAttribute("unreadBadge")
	UnreadBadge inModel() {
		return this;
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
