package org.cmooffice.browser;

import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.User;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class SignInBrowserTests extends BrowserTestSupport {

	@BeforeEach
	void signedOut() {
		this.browser.open("/login");
		this.browser.signOut();
	}

	@Test
	void aUserSignsInAndOutInJapanese() {
		User staff = this.accounts.user(Role.STAFF);

		this.browser.signIn(staff.getUsername(), AccountFixtures.PASSWORD);
		assertThat(this.browser.path()).isEqualTo("/");
		assertThat(this.browser.text()).contains("ようこそ、" + staff.getDisplayName());

		this.browser.find("#user-menu-button").click();
		this.browser.clickToLoad("form[action$='/logout'] button");
		assertThat(this.browser.path()).isEqualTo("/login?logout");
		assertThat(this.browser.text()).contains("ログアウトしました。");
	}

	@Test
	void aUserSignsInAndOutInEnglish() {
		User analyst = this.accounts.user(Role.ANALYST);
		this.browser.open("/login?lang=en");
		assertThat(this.browser.text()).contains("Sign in to CMO Office");

		this.browser.signIn(analyst.getUsername(), AccountFixtures.PASSWORD);
		assertThat(this.browser.text()).contains("Welcome, " + analyst.getDisplayName());

		this.browser.find("#user-menu-button").click();
		this.browser.clickToLoad("form[action$='/logout'] button");
		assertThat(this.browser.text()).contains("You have been signed out.");
		this.browser.open("/login?lang=ja");
	}

	@Test
	void aWrongPasswordShowsTheGenericMessage() {
		User staff = this.accounts.user(Role.STAFF);

		this.browser.signIn(staff.getUsername(), "not-my-password-at-all");

		assertThat(this.browser.path()).isEqualTo("/login?error");
		assertThat(this.browser.find("[role=alert]").getText()).contains("ログインできませんでした");
		this.browser.assertAccessible();
	}

	@Test
	void theKeyboardAloneSignsIn() {
		User cmo = this.accounts.user(Role.CMO);
		this.browser.open("/login");

		// The user name field has the focus when the page opens.
		assertThat(this.browser.focused().getAttribute("id")).isEqualTo("username");
		this.browser.press(cmo.getUsername(), Keys.TAB, AccountFixtures.PASSWORD, Keys.ENTER);
		this.browser.waitUntilLeft("/login");
		assertThat(this.browser.path()).isEqualTo("/");

		// On every page the first Tab reaches the skip link, which leads past the header.
		this.browser.press(Keys.TAB);
		assertThat(this.browser.focused().getAttribute("href")).endsWith("#main");
		this.browser.press(Keys.ENTER);
		assertThat(this.browser.focused().getAttribute("id")).isEqualTo("main");
	}

	@Test
	void theSignInPageIsAccessibleInBothLanguages() {
		this.browser.open("/login?lang=en");
		this.browser.assertAccessible();
		this.browser.open("/login?lang=ja");
		this.browser.assertAccessible();
		this.browser.screenshot("login");
	}

}
