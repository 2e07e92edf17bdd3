package org.cmooffice.browser;

import java.util.List;

import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.Department;
import org.cmooffice.account.User;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class AdministrationBrowserTests extends BrowserTestSupport {

	@BeforeEach
	void signedOut() {
		this.browser.open("/login?lang=ja");
		this.browser.signOut();
	}

	@Test
	void anAdministratorCreatesAUserWhoChangesThePasswordAtFirstSignIn() {
		Department department = this.accounts.department(2_000_000);
		User admin = this.accounts.user(Role.ADMIN);
		String username = AccountFixtures.unique("liaison.new");
		this.browser.signIn(admin.getUsername(), AccountFixtures.PASSWORD);

		this.browser.open("/admin/users");
		this.browser.clickToLoad("a[href='/admin/users/new']");
		this.browser.find("#username").sendKeys(username);
		this.browser.find("#displayName").sendKeys("新任 広報担当");
		this.browser.click("input[name=roles][value=LIAISON]");
		new Select(this.browser.find("#departmentId")).selectByValue(department.getId().toString());
		this.browser.clickToLoad("main form button[type=submit]");

		assertThat(this.browser.text()).contains("利用者「" + username + "」を追加しました。");
		String temporaryPassword = this.browser.find(".font-monospace").getText().strip();
		this.browser.assertAccessible();
		this.browser.signOut();

		this.browser.signIn(username, temporaryPassword);
		assertThat(this.browser.path()).isEqualTo("/account/password");
		assertThat(this.browser.text()).contains("ご自身のパスワードを設定してください");
		this.browser.assertAccessible();
		this.browser.find("#currentPassword").sendKeys(temporaryPassword);
		this.browser.find("#newPassword").sendKeys("春の広報キャンペーンを届けよう");
		this.browser.find("#confirmPassword").sendKeys("春の広報キャンペーンを届けよう");
		this.browser.clickToLoad("main form button[type=submit]");

		assertThat(this.browser.path()).isEqualTo("/");
		assertThat(this.browser.text()).contains("パスワードを変更しました");
	}

	@Test
	void mistakesInAFormAreListedAndLinkedToTheirFields() {
		User admin = this.accounts.user(Role.ADMIN);
		this.browser.signIn(admin.getUsername(), AccountFixtures.PASSWORD);

		this.browser.open("/admin/users/new");
		this.browser.clickToLoad("main form button[type=submit]");

		assertThat(this.browser.find("#error-summary").getText()).contains("入力内容を確認してください");
		assertThat(this.browser.find("#displayName").getAttribute("aria-invalid")).isEqualTo("true");
		this.browser.assertAccessible();
		this.browser.click("#error-summary a[href='#displayName']");
		assertThat(this.browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("displayName");
	}

	@Test
	void everyAdministrationPageIsAccessibleInBothLanguages() {
		Department department = this.accounts.department(4_000_000);
		User admin = this.accounts.user(Role.ADMIN);
		this.browser.signIn(admin.getUsername(), AccountFixtures.PASSWORD);
		List<String> pages = List.of("/", "/admin/users", "/admin/users/new", "/admin/users/" + admin.getId(),
				"/admin/departments", "/admin/departments/new", "/admin/departments/" + department.getId(),
				"/admin/settings", "/admin/audit", "/notifications", "/account/password", "/account/sessions",
				"/admin/users/987654321");
		for (String language : List.of("ja", "en")) {
			for (String page : pages) {
				this.browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
				assertThat(this.browser.find("html").getAttribute("lang")).isEqualTo(language);
				this.browser.assertAccessible();
			}
		}
		this.browser.open("/?lang=ja");
		this.browser.screenshot("home-admin");
		this.browser.open("/admin/users");
		this.browser.screenshot("admin-users");
	}

	@Test
	void everyRolesHomePageIsAccessible() {
		Department department = this.accounts.department(4_000_000);
		List<User> users = List.of(this.accounts.user(Role.CMO), this.accounts.user(Role.STAFF),
				this.accounts.liaison(department), this.accounts.user(Role.ANALYST));
		for (User user : users) {
			this.browser.signOut();
			this.browser.signIn(user.getUsername(), AccountFixtures.PASSWORD);
			this.browser.assertAccessible();
			this.browser.open("/admin/users");
			assertThat(this.browser.text()).contains("アクセスできません");
			this.browser.assertAccessible();
			this.browser.open("/");
		}
	}

}
