package org.cmooffice.browser;

import java.util.List;

import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.Department;
import org.cmooffice.account.User;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class CrisisBrowserTests extends BrowserTestSupport {

	@BeforeEach
	void signedOut() {
		this.browser.open("/login?lang=ja");
		this.browser.signOut();
	}

	@Test
	void anIncidentIsOpenedAnsweredAndResolvedAndItsBannerComesAndGoes() {
		Department department = this.accounts.department(1_000_000);
		User staff = this.accounts.user(Role.STAFF);
		User cmo = this.accounts.user(Role.CMO);
		User liaison = this.accounts.liaison(department);
		String title = AccountFixtures.unique("給付金の誤情報");

		this.browser.signIn(staff.getUsername(), AccountFixtures.PASSWORD);
		this.browser.open("/crisis/new");
		this.browser.assertAccessible();
		this.browser.find("#title").sendKeys(title);
		this.browser.find("#description").sendKeys("給付金の申請期限が終わったという誤った投稿が拡散している。");
		this.browser.click("input[name=severity][value='3']");
		this.browser.click("input[name=departmentIds][value='" + department.getId() + "']");
		this.browser.clickToLoad("main form button.btn-primary[type=submit]");
		String incidentPath = this.browser.path();
		assertThat(incidentPath).matches("/crisis/\\d+");
		assertThat(this.browser.find(".crisis-banner").getText()).contains(title);
		this.browser.clickToLoad("form[action$='/statement'] button[type=submit]");
		this.browser.find("#textJa").sendKeys("申請期限は延長されていません。正しい情報は県の公式サイトをご覧ください。");
		this.browser.clickToLoad("main form button.btn-primary[type=submit]");
		this.browser.clickToLoad("form[action$='/submit'] button[type=submit]");
		this.browser.signOut();

		this.browser.signIn(cmo.getUsername(), AccountFixtures.PASSWORD);
		assertThat(this.browser.find(".crisis-banner").getText()).contains(title);
		this.browser.open("/notifications");
		assertThat(this.browser.text()).contains(title);
		this.browser.open(incidentPath);
		this.browser.clickToLoad("form[action$='/approve'] button[type=submit]");
		assertThat(this.browser.find("#statement").getText()).contains("申請期限は延長されていません。");
		this.browser.assertAccessible();
		this.browser.signOut();

		this.browser.signIn(liaison.getUsername(), AccountFixtures.PASSWORD);
		assertThat(this.browser.find(".crisis-banner").getText()).contains(title);
		this.browser.open(incidentPath);
		this.browser.find("#timeline-text").sendKeys("部の窓口に問い合わせが 20 件。");
		this.browser.clickToLoad("form[action$='/timeline'] button[type=submit]");
		assertThat(this.browser.find("#timeline").getText()).contains("部の窓口に問い合わせが 20 件。");
		this.browser.signOut();

		this.browser.signIn(staff.getUsername(), AccountFixtures.PASSWORD);
		this.browser.open(incidentPath);
		this.browser.clickToLoad("form[action$='/status'] input[value=RESOLVED] ~ button");
		assertThat(this.browser.driver()
			.findElements(By.cssSelector(".crisis-banner"))
			.stream()
			.noneMatch((banner) -> banner.getText().contains(title))).isTrue();
		this.browser.screenshot("crisis-incident");
	}

	@Test
	void everyCrisisPageIsAccessibleForEachRoleInBothLanguages() {
		Department department = this.accounts.department(1_000_000);
		User staff = this.accounts.user(Role.STAFF);
		this.browser.signIn(staff.getUsername(), AccountFixtures.PASSWORD);
		this.browser.open("/crisis/new");
		this.browser.find("#title").sendKeys(AccountFixtures.unique("確認用事案"));
		this.browser.find("#description").sendKeys("画面確認のための事案");
		this.browser.click("input[name=departmentIds][value='" + department.getId() + "']");
		this.browser.clickToLoad("main form button.btn-primary[type=submit]");
		String incidentPath = this.browser.path();
		List<User> users = List.of(this.accounts.liaison(department), this.accounts.user(Role.ANALYST), staff,
				this.accounts.user(Role.CMO));
		for (User user : users) {
			this.browser.signOut();
			this.browser.signIn(user.getUsername(), AccountFixtures.PASSWORD);
			boolean office = user.getRoles().contains(Role.STAFF) || user.getRoles().contains(Role.CMO);
			List<String> pages = office
					? List.of("/crisis", incidentPath, "/crisis/new", incidentPath + "/edit", "/crisis/library",
							"/crisis/library/new", "/crisis/rumours", "/crisis/rumours/new")
					: user.getRoles().contains(Role.ANALYST)
							? List.of("/crisis", incidentPath, "/crisis/library", "/crisis/rumours")
							: List.of("/crisis", incidentPath);
			for (String language : List.of("ja", "en")) {
				for (String page : pages) {
					this.browser.open(page + "?lang=" + language);
					this.browser.assertAccessible();
				}
			}
		}
	}

}
