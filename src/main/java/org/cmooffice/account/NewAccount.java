package org.cmooffice.account;

import java.util.Set;

import org.cmooffice.shared.security.Role;

/**
 * An account an administrator opens; its first password is generated.
 */
public record NewAccount(String username, String displayName, String email, Set<Role> roles, Long departmentId) {
}
