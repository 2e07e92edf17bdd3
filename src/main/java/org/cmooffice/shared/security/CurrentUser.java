package org.cmooffice.shared.security;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every request sees it: kept in the session, so it holds only what
 * the checks need (roles, department), not the user record.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String displayName;

	private String passwordHash;

	private final Set<Role> roles;

	private final Long departmentId;

	private final boolean active;

	private final boolean locked;

	private final boolean mustChangePassword;

	public CurrentUser(long id, String username, String displayName, String passwordHash, Set<Role> roles,
			Long departmentId, boolean active, boolean locked, boolean mustChangePassword) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		this.departmentId = departmentId;
		this.active = active;
		this.locked = locked;
		this.mustChangePassword = mustChangePassword;
	}

	public long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Set<Role> roles() {
		return this.roles;
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	/** The department a LIAISON is bound to; empty for the CMO office's own users. */
	/**
	 * The CMO's office (STAFF or the CMO): those who run every area, not one department.
	 */
	public boolean isOffice() {
		return hasRole(Role.STAFF) || hasRole(Role.CMO);
	}

	public Long departmentId() {
		return this.departmentId;
	}

	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	/**
	 * The same user with a rehashed password, for the upgrade of an older hash at
	 * sign-in.
	 */
	public CurrentUser withPasswordHash(String newHash) {
		return new CurrentUser(this.id, this.username, this.displayName, newHash, this.roles, this.departmentId,
				this.active, this.locked, this.mustChangePassword);
	}

	/** The same user after a password change: no longer held to the change page. */
	public CurrentUser withPasswordChanged() {
		return new CurrentUser(this.id, this.username, this.displayName, null, this.roles, this.departmentId,
				this.active, this.locked, false);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = this.roles.stream()
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.active;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser that && this.id == that.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "CurrentUser[" + this.username + "]";
	}

}
