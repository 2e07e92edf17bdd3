package org.cmooffice.browser;

import java.util.List;

import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.User;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class AnalyticsBrowserTests extends BrowserTestSupport {

	@BeforeEach
	void signedOut() {
		this.browser.open("/login?lang=ja");
		this.browser.signOut();
	}

	@Test
	void anAnalystSwitchesTheYearAndEveryChartHasItsTableAndCsv() {
		User analyst = this.accounts.user(Role.ANALYST);
		this.browser.signIn(analyst.getUsername(), AccountFixtures.PASSWORD);
		this.browser.open("/analytics");
		this.browser.assertAccessible();
		int sections = this.browser.driver().findElements(By.cssSelector("main section")).size();
		assertThat(sections).isEqualTo(10);
		assertThat(this.browser.driver().findElements(By.cssSelector("a[href*='/analytics/'][href*='.csv']")))
			.hasSize(10);

		String lastYear = new Select(this.browser.find("#fy")).getOptions().get(2).getAttribute("value");
		new Select(this.browser.find("#fy")).selectByValue(lastYear);
		this.browser.clickToLoad("form[action$='/analytics'] button[type=submit]");

		assertThat(this.browser.driver().getCurrentUrl()).contains("fy=" + lastYear);
		assertThat(this.browser.find("#fy").getAttribute("value")).isEqualTo(lastYear);
		this.browser.assertAccessible();
	}

	@Test
	void theAnalyticsAndSearchPagesAreAccessibleForEachRoleInBothLanguages() {
		List<User> readers = List.of(this.accounts.user(Role.ANALYST), this.accounts.user(Role.STAFF),
				this.accounts.user(Role.CMO));
		for (User user : readers) {
			this.browser.signOut();
			this.browser.signIn(user.getUsername(), AccountFixtures.PASSWORD);
			for (String language : List.of("ja", "en")) {
				for (String page : List.of("/analytics", "/search", "/search?q=県")) {
					this.browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
					this.browser.assertAccessible();
				}
			}
		}
		this.browser.signOut();
		this.browser.signIn(this.accounts.liaison(this.accounts.department(1_000_000)).getUsername(),
				AccountFixtures.PASSWORD);
		this.browser.open("/search?q=県&lang=ja");
		this.browser.assertAccessible();
		this.browser.signOut();
		this.browser.signIn(readers.get(0).getUsername(), AccountFixtures.PASSWORD);
		this.browser.open("/analytics?lang=ja");
		this.browser.screenshot("analytics");
	}

}
