package org.cmooffice.admin;

import org.cmooffice.IntegrationTest;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CsrfIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	Settings settings;

	@Test
	void aChangeWithoutTheFormTokenIsRefusedAndChangesNothing() throws Exception {
		var admin = AccountFixtures.signedIn(this.accounts.user(Role.ADMIN));
		long before = this.settings.delegatedApprovalLimit();

		this.mvc
			.perform(post("/admin/settings").param("delegatedApprovalLimit", "1")
				.param("version", String.valueOf(this.settings.current().getVersion()))
				.with(user(admin)))
			.andExpect(status().isForbidden());

		assertThat(this.settings.delegatedApprovalLimit()).isEqualTo(before);
	}

	@Test
	void aForgedTokenIsRefused() throws Exception {
		var admin = AccountFixtures.signedIn(this.accounts.user(Role.ADMIN));

		this.mvc
			.perform(post("/admin/settings").param("delegatedApprovalLimit", "1")
				.param("version", "0")
				.with(csrf().useInvalidToken())
				.with(user(admin)))
			.andExpect(status().isForbidden());
	}

	@Test
	void signingOutNeedsTheToken() throws Exception {
		var staff = AccountFixtures.signedIn(this.accounts.user(Role.STAFF));

		this.mvc.perform(post("/logout").with(user(staff))).andExpect(status().isForbidden());
	}

}
