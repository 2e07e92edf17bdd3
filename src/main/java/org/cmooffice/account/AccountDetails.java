package org.cmooffice.account;

import java.util.Set;

import org.cmooffice.shared.security.Role;

/**
 * What an administrator may change on an existing account.
 */
public record AccountDetails(String displayName, String email, Set<Role> roles, Long departmentId) {
}
