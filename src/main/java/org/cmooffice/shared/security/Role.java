package org.cmooffice.shared.security;

/**
 * What a user may do; a user may hold several. A LIAISON is bound to exactly one
 * department. ADMIN manages the system but takes no business decision unless also given a
 * business role.
 */
public enum Role {

	ADMIN, CMO, STAFF, LIAISON, ANALYST;

	public String authority() {
		return "ROLE_" + name();
	}

}
