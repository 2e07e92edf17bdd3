package org.cmooffice.admin;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cmooffice.account.AccountDetails;
import org.cmooffice.account.NewAccount;
import org.cmooffice.account.User;
import org.cmooffice.shared.security.Role;

/**
 * One form for opening and for editing an account; the user name is fixed once chosen.
 */
class UserForm {

	interface Create {

	}

	@NotBlank(groups = Create.class)
	@Size(min = 3, max = 64, groups = Create.class)
	@Pattern(regexp = "[A-Za-z0-9._-]*", groups = Create.class, message = "{account.username.pattern}")
	private String username;

	@NotBlank
	@Size(max = 100)
	private String displayName;

	@Email
	@Size(max = 254)
	private String email;

	@NotEmpty
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private Long departmentId;

	private long version;

	static UserForm of(User user) {
		UserForm form = new UserForm();
		form.username = user.getUsername();
		form.displayName = user.getDisplayName();
		form.email = user.getEmail();
		form.roles = user.getRoles();
		form.departmentId = (user.getDepartment() != null) ? user.getDepartment().getId() : null;
		form.version = user.getVersion();
		return form;
	}

	NewAccount toNewAccount() {
		return new NewAccount(this.username.strip(), this.displayName.strip(), this.email, roles(), this.departmentId);
	}

	AccountDetails toDetails() {
		return new AccountDetails(this.displayName.strip(), this.email, roles(), this.departmentId);
	}

	private Set<Role> roles() {
		return (this.roles == null || this.roles.isEmpty()) ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public Long getDepartmentId() {
		return this.departmentId;
	}

	public void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
