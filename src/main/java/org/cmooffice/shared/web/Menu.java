package org.cmooffice.shared.web;

import java.util.Set;

import org.cmooffice.shared.security.Role;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * Which entries of the main menu the user may open, worked out once per page: the
 * layout's sixteen {@code sec:authorize} checks each built a security expression context,
 * an eighth of the time spent rendering a page under load. The menu only hides what the
 * routes' own rules would refuse; those rules stay where they are. In every model as
 * {@code menu}.
 */
public record Menu(boolean signedIn, boolean office, boolean analytics, boolean administration, boolean auditLog) {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	static Menu of(Authentication authentication) {
		if (!TRUST.isAuthenticated(authentication)) {
			return new Menu(false, false, false, false, false);
		}
		Set<String> roles = AuthorityUtils.authorityListToSet(authentication.getAuthorities());
		boolean cmo = roles.contains(Role.CMO.authority());
		boolean staff = roles.contains(Role.STAFF.authority());
		boolean analyst = roles.contains(Role.ANALYST.authority());
		boolean admin = roles.contains(Role.ADMIN.authority());
		return new Menu(true, cmo || staff || analyst || roles.contains(Role.LIAISON.authority()),
				cmo || staff || analyst, admin, admin || cmo);
	}

}
