package org.cmooffice.admin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cmooffice.IntegrationTest;
import org.cmooffice.MockBrowser;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.Department;
import org.cmooffice.account.User;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator opens accounts, changes roles, deactivates and resets; the users feel
 * each change at their next click.
 */
@IntegrationTest
class UserAdministrationIntegrationTests {

	private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("font-monospace\">([^<]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdministratorOpensAnAccountWhoseUserMustChooseAPasswordAtFirstSignIn() throws Exception {
		MockBrowser admin = signedIn(this.accounts.user(Role.ADMIN));
		String username = AccountFixtures.unique("new.staff");

		MvcResult created = admin.post("/admin/users", "username", username, "displayName", "新規 職員", "email",
				"new@example.go.jp", "roles", "STAFF");
		assertThat(created.getResponse().getRedirectedUrl()).startsWith("/admin/users/");
		String page = admin.get(created.getResponse().getRedirectedUrl()).getResponse().getContentAsString();
		String temporaryPassword = temporaryPassword(page);
		assertThat(auditCount("USER_CREATED", username)).isEqualTo(1);

		MockBrowser newUser = new MockBrowser(this.mvc);
		assertThat(newUser.login(username, temporaryPassword).getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(newUser.get("/").getResponse().getRedirectedUrl()).isEqualTo("/account/password");
		assertThat(newUser.get("/notifications").getResponse().getRedirectedUrl()).isEqualTo("/account/password");
		assertThat(newUser.get("/account/password").getResponse().getContentAsString()).contains("ご自身のパスワードを設定してください");

		MvcResult changed = newUser.post("/account/password", "currentPassword", temporaryPassword, "newPassword",
				"あおぞらの下で広報を考える", "confirmPassword", "あおぞらの下で広報を考える");
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(newUser.get("/").getResponse().getStatus()).isEqualTo(200);
		assertThat(new MockBrowser(this.mvc).login(username, "あおぞらの下で広報を考える").getResponse().getRedirectedUrl())
			.isEqualTo("/");
		assertThat(new MockBrowser(this.mvc).login(username, temporaryPassword).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
	}

	@Test
	void aFormWithMistakesIsShownAgainWithMessagesAndNothingIsSaved() throws Exception {
		MockBrowser admin = signedIn(this.accounts.user(Role.ADMIN));
		String username = AccountFixtures.unique("bad");

		MvcResult result = admin.post("/admin/users", "username", username, "displayName", " ", "email", "not-an-email",
				"roles", "LIAISON");

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getModelAndView().getModel().get("org.springframework.validation.BindingResult.userForm"))
			.isNotNull();
		String page = result.getResponse().getContentAsString();
		assertThat(page).contains("入力内容を確認してください").contains("displayName-error").contains("email-error");
		assertThat(this.accounts.exists(username)).isFalse();
	}

	@Test
	void aLiaisonNeedsADepartment() throws Exception {
		MockBrowser admin = signedIn(this.accounts.user(Role.ADMIN));
		String username = AccountFixtures.unique("liaison");

		MvcResult result = admin.post("/admin/users", "username", username, "displayName", "広報 担当", "roles", "LIAISON");

		assertThat(result.getResponse().getContentAsString()).contains("部局広報担当には所属部局を指定してください");
		assertThat(this.accounts.exists(username)).isFalse();
	}

	@Test
	void aUserNameIsTakenWhateverItsCase() throws Exception {
		MockBrowser admin = signedIn(this.accounts.user(Role.ADMIN));
		User existing = this.accounts.user(Role.STAFF);

		MvcResult result = admin.post("/admin/users", "username", existing.getUsername().toUpperCase(), "displayName",
				"重複", "roles", "STAFF");

		assertThat(result.getResponse().getContentAsString()).contains("このユーザー名はすでに使われています");
	}

	@Test
	void changingRolesIsAuditedAndTakesEffectAtOnce() throws Exception {
		MockBrowser admin = signedIn(this.accounts.user(Role.ADMIN));
		User analyst = this.accounts.user(Role.ANALYST);
		MockBrowser analystBrowser = signedIn(analyst);
		assertThat(analystBrowser.get("/").getResponse().getStatus()).isEqualTo(200);
		Department department = this.accounts.department(500_000);

		MvcResult result = admin.post("/admin/users/" + analyst.getId(), "displayName", analyst.getDisplayName(),
				"roles", "LIAISON", "departmentId", department.getId().toString(), "version",
				String.valueOf(analyst.getVersion()));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + analyst.getId());
		assertThat(this.accounts.reload(analyst).getRoles()).containsExactly(Role.LIAISON);
		assertThat(auditCount("ROLES_CHANGED", analyst.getUsername())).isEqualTo(1);
		// The old session, with the old roles, is gone.
		assertThat(analystBrowser.get("/").getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void aDeactivatedUserIsSignedOutAndCannotSignInAgain() throws Exception {
		MockBrowser admin = signedIn(this.accounts.user(Role.ADMIN));
		User staff = this.accounts.user(Role.STAFF);
		MockBrowser staffBrowser = signedIn(staff);

		admin.post("/admin/users/" + staff.getId() + "/deactivate", "version", String.valueOf(staff.getVersion()));

		assertThat(this.accounts.reload(staff).isActive()).isFalse();
		assertThat(auditCount("USER_DEACTIVATED", staff.getUsername())).isEqualTo(1);
		assertThat(staffBrowser.get("/").getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(new MockBrowser(this.mvc).login(staff.getUsername(), AccountFixtures.PASSWORD)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void anAdministratorCannotDeactivateThemselves() throws Exception {
		User self = this.accounts.user(Role.ADMIN);
		MockBrowser admin = signedIn(self);

		admin.post("/admin/users/" + self.getId() + "/deactivate", "version", String.valueOf(self.getVersion()));

		assertThat(this.accounts.reload(self).isActive()).isTrue();
	}

	@Test
	void aResetPasswordForcesAChangeAtTheNextSignIn() throws Exception {
		MockBrowser admin = signedIn(this.accounts.user(Role.ADMIN));
		User staff = this.accounts.user(Role.STAFF);

		MvcResult reset = admin.post("/admin/users/" + staff.getId() + "/reset-password", "version",
				String.valueOf(staff.getVersion()));
		String temporaryPassword = temporaryPassword(
				admin.get(reset.getResponse().getRedirectedUrl()).getResponse().getContentAsString());

		assertThat(auditCount("PASSWORD_RESET", staff.getUsername())).isEqualTo(1);
		MockBrowser staffBrowser = new MockBrowser(this.mvc);
		staffBrowser.login(staff.getUsername(), temporaryPassword);
		assertThat(staffBrowser.get("/").getResponse().getRedirectedUrl()).isEqualTo("/account/password");
	}

	@Test
	void theSecondOfTwoConcurrentEditsGetsTheConflictPage() throws Exception {
		MockBrowser admin = signedIn(this.accounts.user(Role.ADMIN));
		User staff = this.accounts.user(Role.STAFF);
		String version = String.valueOf(staff.getVersion());

		MvcResult first = admin.post("/admin/users/" + staff.getId(), "displayName", "最初の編集", "roles", "STAFF",
				"version", version);
		MvcResult second = admin.post("/admin/users/" + staff.getId(), "displayName", "二番目の編集", "roles", "STAFF",
				"version", version);

		assertThat(first.getResponse().getStatus()).isEqualTo(302);
		assertThat(second.getResponse().getStatus()).isEqualTo(409);
		assertThat(second.getResponse().getContentAsString()).contains("ほかの人が先に更新しました");
		assertThat(this.accounts.reload(staff).getDisplayName()).isEqualTo("最初の編集");
	}

	@Test
	void theUserListFindsByNameAndRole() throws Exception {
		MockBrowser admin = signedIn(this.accounts.user(Role.ADMIN));
		User analyst = this.accounts.user(Role.ANALYST);

		String byName = admin.get("/admin/users?q=" + analyst.getUsername()).getResponse().getContentAsString();
		String byOtherRole = admin.get("/admin/users?q=" + analyst.getUsername() + "&role=STAFF")
			.getResponse()
			.getContentAsString();

		assertThat(byName).contains("/admin/users/" + analyst.getId() + "\"");
		assertThat(byOtherRole).doesNotContain("/admin/users/" + analyst.getId() + "\"");
	}

	private MockBrowser signedIn(User user) throws Exception {
		MockBrowser browser = new MockBrowser(this.mvc);
		assertThat(browser.login(user.getUsername(), AccountFixtures.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/");
		return browser;
	}

	private long auditCount(String action, String username) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_event where action = ? and entity_type = 'USER' and summary like ?",
				Long.class, action, username + "%");
	}

	private static String temporaryPassword(String page) {
		Matcher matcher = TEMPORARY_PASSWORD.matcher(page);
		assertThat(matcher.find()).as("temporary password shown").isTrue();
		return matcher.group(1).strip();
	}

}
