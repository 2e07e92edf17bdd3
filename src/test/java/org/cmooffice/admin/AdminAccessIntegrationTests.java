package org.cmooffice.admin;

import java.util.List;

import org.cmooffice.IntegrationTest;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.Department;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administration is for ADMIN only; the CMO may read the audit log and nothing else
 * there.
 */
@IntegrationTest
class AdminAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	CurrentUser admin;

	CurrentUser cmo;

	List<CurrentUser> businessUsers;

	List<String> adminPages;

	List<String> adminPosts;

	@BeforeEach
	void setUp() {
		Department department = this.accounts.department(1_000_000);
		var someone = this.accounts.user(Role.ANALYST);
		this.admin = AccountFixtures.signedIn(this.accounts.user(Role.ADMIN));
		this.cmo = AccountFixtures.signedIn(this.accounts.user(Role.CMO));
		this.businessUsers = List.of(AccountFixtures.signedIn(this.accounts.user(Role.STAFF)),
				AccountFixtures.signedIn(this.accounts.liaison(department)),
				AccountFixtures.signedIn(this.accounts.user(Role.ANALYST)));
		this.adminPages = List.of("/admin/users", "/admin/users/new", "/admin/users/" + someone.getId(),
				"/admin/departments", "/admin/departments/new", "/admin/departments/" + department.getId(),
				"/admin/settings");
		this.adminPosts = List.of("/admin/users", "/admin/users/" + someone.getId(),
				"/admin/users/" + someone.getId() + "/deactivate", "/admin/users/" + someone.getId() + "/reactivate",
				"/admin/users/" + someone.getId() + "/reset-password", "/admin/users/" + someone.getId() + "/unlock",
				"/admin/departments", "/admin/departments/" + department.getId(),
				"/admin/departments/" + department.getId() + "/budgets", "/admin/settings");
	}

	@Test
	void anAdministratorOpensEveryAdministrationPage() throws Exception {
		for (String page : this.adminPages) {
			this.mvc.perform(get(page).with(user(this.admin))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/admin/audit").with(user(this.admin))).andExpect(status().isOk());
	}

	@Test
	void staffLiaisonsAndAnalystsAreRefusedEveryAdministrationPage() throws Exception {
		for (CurrentUser someone : this.businessUsers) {
			for (String page : this.adminPages) {
				this.mvc.perform(get(page).with(user(someone))).andExpect(status().isForbidden());
			}
			this.mvc.perform(get("/admin/audit").with(user(someone))).andExpect(status().isForbidden());
		}
	}

	@Test
	void staffLiaisonsAndAnalystsCannotChangeAnything() throws Exception {
		for (CurrentUser someone : this.businessUsers) {
			for (String action : this.adminPosts) {
				this.mvc.perform(post(action).param("version", "0").with(csrf()).with(user(someone)))
					.andExpect(status().isForbidden());
			}
		}
	}

	@Test
	void theCmoReadsTheAuditLogButNothingElseOfAdministration() throws Exception {
		this.mvc.perform(get("/admin/audit").with(user(this.cmo))).andExpect(status().isOk());
		for (String page : this.adminPages) {
			this.mvc.perform(get(page).with(user(this.cmo))).andExpect(status().isForbidden());
		}
		for (String action : this.adminPosts) {
			this.mvc.perform(post(action).param("version", "0").with(csrf()).with(user(this.cmo)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void pathVariantsOfAdministrationAreNotServedToOthers() throws Exception {
		CurrentUser staff = this.businessUsers.get(0);
		for (String variant : List.of("/admin/users/", "/ADMIN/users", "/admin//users", "/admin/users;x=1",
				"/assets/../admin/users")) {
			int status = this.mvc.perform(get(variant).with(user(staff))).andReturn().getResponse().getStatus();
			org.assertj.core.api.Assertions.assertThat(status).as(variant).isIn(400, 403, 404);
		}
	}

}
