package org.cmooffice.shared.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role sees the menu entries its routes let it open, and nobody signed out sees any.
 */
class MenuTests {

	@Test
	void eachRoleSeesItsOwnEntries() {
		assertThat(menu("ROLE_LIAISON")).isEqualTo(new Menu(true, true, false, false, false));
		assertThat(menu("ROLE_ANALYST")).isEqualTo(new Menu(true, true, true, false, false));
		assertThat(menu("ROLE_STAFF")).isEqualTo(new Menu(true, true, true, false, false));
		assertThat(menu("ROLE_CMO")).isEqualTo(new Menu(true, true, true, false, true));
		assertThat(menu("ROLE_ADMIN")).isEqualTo(new Menu(true, false, false, true, true));
	}

	@Test
	void nobodySignedOutSeesAnyEntry() {
		Menu none = new Menu(false, false, false, false, false);
		assertThat(Menu.of(null)).isEqualTo(none);
		assertThat(Menu.of(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))))
			.isEqualTo(none);
		assertThat(Menu.of(UsernamePasswordAuthenticationToken.unauthenticated("staff", "password"))).isEqualTo(none);
	}

	private static Menu menu(String role) {
		return Menu.of(UsernamePasswordAuthenticationToken.authenticated("user", null, List.of(() -> role)));
	}

}
