package org.cmooffice.admin;

import jakarta.persistence.EntityManagerFactory;

import org.cmooffice.IntegrationTest;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.Department;
import org.cmooffice.shared.security.Role;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The user list runs the same few statements however many users there are.
 */
@IntegrationTest
class UserListQueriesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void theUserListRunsABoundedNumberOfStatements() throws Exception {
		var admin = AccountFixtures.signedIn(this.accounts.user(Role.ADMIN));
		Department department = this.accounts.department(1_000_000);
		String prefix = AccountFixtures.unique("bulk");
		for (int i = 0; i < 21; i++) {
			this.accounts.user(prefix + ".a" + i, department, Role.LIAISON, Role.ANALYST);
		}
		long forOnePage = statementsFor(admin, prefix);
		for (int i = 0; i < 40; i++) {
			this.accounts.user(prefix + ".b" + i, department, Role.LIAISON, Role.STAFF);
		}

		long forThreePages = statementsFor(admin, prefix);

		// The page, its count, the roles of the whole page in one batch, the unread
		// badge.
		assertThat(forThreePages).isEqualTo(forOnePage).isLessThanOrEqualTo(4);
	}

	private long statementsFor(org.cmooffice.shared.security.CurrentUser admin, String query) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		long before = statistics.getPrepareStatementCount();
		String page = this.mvc.perform(get("/admin/users").param("q", query).with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(query);
		return statistics.getPrepareStatementCount() - before;
	}

}
