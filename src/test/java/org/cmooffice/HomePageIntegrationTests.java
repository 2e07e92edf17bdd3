package org.cmooffice;

import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.Department;
import org.cmooffice.account.User;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Each role sees its own home page and navigation, in either language.
 */
@IntegrationTest
class HomePageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Test
	void anAdministratorSeesUsersPerRoleAndTheAdministrationMenu() throws Exception {
		String page = home(Role.ADMIN, "ja");

		assertThat(page).contains("役割ごとの有効な利用者数")
			.contains("最近の監査イベント")
			.contains("href=\"/admin/users\"")
			.contains("href=\"/admin/settings\"");
	}

	@Test
	void theCmoSeesTheAuditLinkButNoAdministration() throws Exception {
		String page = home(Role.CMO, "ja");

		assertThat(page).contains("href=\"/admin/audit\"").doesNotContain("href=\"/admin/users\"");
	}

	@Test
	void aLiaisonSeesOnlyTheirOwnDepartmentsBudget() throws Exception {
		Department own = this.accounts.department(3_210_000);
		Department other = this.accounts.department(9_870_000);
		var liaison = AccountFixtures.signedIn(this.accounts.liaison(own));

		String page = this.mvc.perform(get("/").with(user(liaison))).andReturn().getResponse().getContentAsString();

		assertThat(page).contains(own.getNameJa()).contains("¥3,210,000").doesNotContain(other.getNameJa());
		assertThat(page).doesNotContain("href=\"/admin/");
	}

	@Test
	void eachRoleSeesItsOwnToDosWithLinksToTheListsBehindThem() throws Exception {
		String cmo = home(Role.CMO, "en");
		assertThat(cmo).contains("Decisions waiting for you",
				"href=\"/campaigns?status=SUBMITTED&amp;recommended=true\"", "KPI summary",
				"href=\"/crisis?status=OPEN\"");
		String analyst = home(Role.ANALYST, "en");
		assertThat(analyst).contains("KPIs without a measurement in three months").doesNotContain("Decisions waiting");
		String admin = home(Role.ADMIN, "en");
		assertThat(admin).contains("accounts locked now", "href=\"/admin/audit?action=LOCKOUT\"")
			.doesNotContain("KPI summary");
		String staff = home(Role.STAFF, "en");
		assertThat(staff).contains("Campaign plans, FY", "Follow-ups due").doesNotContain("Decisions waiting");
	}

	@Test
	void staffSeeEveryDepartmentsBudget() throws Exception {
		Department one = this.accounts.department(1_230_000);

		String page = home(Role.STAFF, "ja");

		assertThat(page).contains(one.getNameJa()).contains("¥1,230,000");
	}

	@Test
	void theHomePageRendersInEnglish() throws Exception {
		String page = home(Role.ANALYST, "en");

		assertThat(page).contains("<html lang=\"en\"")
			.contains("Recent notifications")
			.contains("Log out")
			.doesNotContain("??");
	}

	@Test
	void everyAdministrationPageRendersInBothLanguages() throws Exception {
		var admin = AccountFixtures.signedIn(this.accounts.user(Role.ADMIN));
		for (String path : new String[] { "/", "/admin/users", "/admin/users/new", "/admin/departments",
				"/admin/departments/new", "/admin/settings", "/admin/audit", "/notifications", "/account/password" }) {
			for (String language : new String[] { "ja", "en" }) {
				var response = this.mvc.perform(get(path).param("lang", language).with(user(admin)))
					.andReturn()
					.getResponse();
				assertThat(response.getStatus()).as(path).isEqualTo(200);
				assertThat(response.getContentAsString()).as(path + " in " + language)
					.contains("<html lang=\"" + language + "\"")
					.doesNotContain("??")
					.contains("id=\"main\"");
			}
		}
	}

	/**
	 * Every panel of a role's home page is read in one transaction, one connection from
	 * the pages' pool, however many panels the role sees (the header's statements use the
	 * every-request pool).
	 */
	@Test
	void eachRolesHomePageTakesOneConnectionForAllItsPanels() throws Exception {
		Department department = this.accounts.department(1_000_000);
		for (var user : new User[] { this.accounts.user(Role.CMO), this.accounts.user(Role.STAFF),
				this.accounts.user(Role.ANALYST), this.accounts.user(Role.ADMIN), this.accounts.liaison(department) }) {
			long before = StatementCount.pageConnections();
			int status = this.mvc.perform(get("/").with(user(AccountFixtures.signedIn(user))))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).isEqualTo(200);
			assertThat(StatementCount.pageConnections() - before).as(user.getUsername()).isOne();
		}
	}

	private String home(Role role, String language) throws Exception {
		var someone = AccountFixtures.signedIn(this.accounts.user(role));
		return this.mvc.perform(get("/").param("lang", language).with(user(someone)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
