package org.cmooffice.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cmooffice.shared.persistence.BaseEntity;
import org.cmooffice.shared.security.Role;

/**
 * A person who signs in. Never deleted, only deactivated, so that what they did stays
 * attributable. The login counters are written by their own statements and are not mapped
 * here, so a failed login never collides with an administrator's edit.
 */
@Entity
@Table(name = "app_user")
public class User extends BaseEntity {

	@Column(nullable = false, length = 64, updatable = false)
	private String username;

	@Column(name = "display_name", nullable = false, length = 100)
	private String displayName;

	@Column(length = 254)
	private String email;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "previous_password_hash")
	private String previousPasswordHash;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "department_id")
	private Department department;

	@Column(nullable = false)
	private boolean active = true;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "locked_until", insertable = false, updatable = false)
	private Instant lockedUntil;

	@Column(name = "last_login_at", insertable = false, updatable = false)
	private Instant lastLoginAt;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role", length = 20)
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = new HashSet<>();

	protected User() {
	}

	User(String username, String displayName, String email, String passwordHash, Set<Role> roles, Department department,
			boolean mustChangePassword) {
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.roles.addAll(roles);
		this.department = department;
		this.mustChangePassword = mustChangePassword;
	}

	void describe(String displayName, String email) {
		this.displayName = displayName;
		this.email = email;
	}

	/**
	 * @return whether anything changed
	 */
	boolean assign(Set<Role> roles, Department department) {
		boolean changed = !this.roles.equals(roles) || !sameDepartment(department);
		this.roles.clear();
		this.roles.addAll(roles);
		this.department = department;
		return changed;
	}

	private boolean sameDepartment(Department other) {
		if (this.department == null || other == null) {
			return this.department == other;
		}
		return this.department.getId().equals(other.getId());
	}

	void changePassword(String newHash) {
		this.previousPasswordHash = this.passwordHash;
		this.passwordHash = newHash;
		this.mustChangePassword = false;
	}

	/**
	 * An administrator set a temporary password: the user must replace it at next
	 * sign-in.
	 */
	void resetPassword(String temporaryHash) {
		this.previousPasswordHash = this.passwordHash;
		this.passwordHash = temporaryHash;
		this.mustChangePassword = true;
	}

	void deactivate() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getEmail() {
		return this.email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	String getPreviousPasswordHash() {
		return this.previousPasswordHash;
	}

	public Department getDepartment() {
		return this.department;
	}

	public boolean isActive() {
		return this.active;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	public Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	public Set<Role> getRoles() {
		return this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles);
	}

}
