package org.cmooffice.account;

import java.time.Clock;

import org.cmooffice.shared.security.CurrentUser;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the account for a sign-in, whatever the case of the typed user name, and stores a
 * stronger hash when the stored one was made with weaker settings.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final UserRepository users;

	private final Clock clock;

	AccountUserDetailsService(UserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.users.findForLogin(username)
			.map(this::toCurrentUser)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		this.users.upgradePasswordHash(user.getUsername(), newPassword);
		return ((CurrentUser) user).withPasswordHash(newPassword);
	}

	private CurrentUser toCurrentUser(User user) {
		Long departmentId = (user.getDepartment() != null) ? user.getDepartment().getId() : null;
		return new CurrentUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getPasswordHash(),
				user.getRoles(), departmentId, user.isActive(), user.isLockedAt(this.clock.instant()),
				user.isMustChangePassword());
	}

}
