package org.cmooffice.browser;

import java.time.LocalDate;
import java.util.List;

import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.Department;
import org.cmooffice.account.User;
import org.cmooffice.shared.security.Role;
import org.cmooffice.stakeholder.StakeholderFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class StakeholderBrowserTests extends BrowserTestSupport {

	@Autowired
	StakeholderFixtures stakeholders;

	@BeforeEach
	void signedOut() {
		this.browser.open("/login?lang=ja");
		this.browser.signOut();
	}

	@Test
	void staffRegistersAStakeholderFindsItAndLogsAMeeting() {
		User staff = this.accounts.user(Role.STAFF);
		String name = "厚生" + AccountFixtures.unique("協会");

		this.browser.signIn(staff.getUsername(), AccountFixtures.PASSWORD);
		this.browser.open("/stakeholders/new");
		this.browser.assertAccessible();
		this.browser.find("#category").sendKeys("業界団体");
		this.browser.find("#name").sendKeys(name);
		this.browser.find("#nameKana").sendKeys("コウセイキョウカイ");
		this.browser.find("#email").sendKeys("kyokai@example.jp");
		this.browser.clickToLoad("main form button.btn-primary[type=submit]");
		assertThat(this.browser.path()).matches("/stakeholders/\\d+");

		this.browser.open("/stakeholders");
		this.browser.find("#q").sendKeys("厚生");
		this.browser.clickToLoad("form[role=search] button[type=submit]");
		assertThat(this.browser.text()).contains(name);
		this.browser.assertAccessible();
		this.browser.clickToLoad("main table a[href^='/stakeholders/']");
		this.browser.clickToLoad("a[href$='/engagements/new']");
		assertThat(this.browser.find("h1").getText()).contains(name);
		this.browser.assertAccessible();

		this.browser.find("#summary").sendKeys("協会の広報委員会で県のキャンペーンを説明した。");
		this.browser.setDate("#followUpOn", LocalDate.now().plusDays(2));
		this.browser.find("#followUpAction").sendKeys("議事録を送付する");
		this.browser.clickToLoad("form[action$='/engagements'] button[type=submit]");
		assertThat(this.browser.find("#engagements").getText()).contains("協会の広報委員会で県のキャンペーンを説明した。");
		this.browser.assertAccessible();

		this.browser.open("/");
		assertThat(this.browser.text()).contains("議事録を送付する");
		this.browser.screenshot("stakeholder");
	}

	@Test
	void everyStakeholderPageIsAccessibleForEachRoleInBothLanguages() {
		Department department = this.accounts.department(1_000_000);
		User owner = this.accounts.user(Role.STAFF);
		long id = this.stakeholders.person("画面 確認", "ガメン カクニン", "gamen@example.jp", "090-1234-0000", owner,
				LocalDate.now().plusYears(1), department.getId());
		List<User> users = List.of(this.accounts.liaison(department), this.accounts.user(Role.ANALYST), owner,
				this.accounts.user(Role.CMO));
		for (User user : users) {
			this.browser.signOut();
			this.browser.signIn(user.getUsername(), AccountFixtures.PASSWORD);
			boolean office = user.getRoles().contains(Role.STAFF) || user.getRoles().contains(Role.CMO);
			List<String> pages = office
					? List.of("/stakeholders", "/stakeholders/grid", "/stakeholders/" + id, "/stakeholders/new",
							"/stakeholders/" + id + "/edit", "/stakeholders/import", "/stakeholders/follow-ups",
							"/stakeholders/retention", "/stakeholders/" + id + "/disclosure",
							"/stakeholders/" + id + "/engagements/new")
					: user.getRoles().contains(Role.LIAISON)
							? List.of("/stakeholders", "/stakeholders/grid", "/stakeholders/" + id,
									"/stakeholders/" + id + "/engagements/new")
							: List.of("/stakeholders", "/stakeholders/grid", "/stakeholders/" + id);
			for (String language : List.of("ja", "en")) {
				for (String page : pages) {
					this.browser.open(page + "?lang=" + language);
					this.browser.assertAccessible();
				}
			}
		}
		this.browser.open("/stakeholders/grid?lang=ja");
		this.browser.screenshot("stakeholder-grid");
	}

}
