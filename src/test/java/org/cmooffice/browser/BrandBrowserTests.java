package org.cmooffice.browser;

import java.util.List;

import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.User;
import org.cmooffice.brand.BrandFixtures;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class BrandBrowserTests extends BrowserTestSupport {

	@Autowired
	BrandFixtures brand;

	@BeforeEach
	void signedOut() {
		this.brand.ensurePublished();
		this.brand.discardDraft();
		this.browser.open("/login?lang=ja");
		this.browser.signOut();
	}

	@Test
	void staffEditsTheDraftTheCmoPublishesAndALiaisonReadsTheDifference() {
		User staff = this.accounts.user(Role.STAFF);
		User cmo = this.accounts.user(Role.CMO);
		User liaison = this.accounts.liaison(this.accounts.department(1_000_000));
		int before = this.brand.latestNumber();

		this.browser.signIn(staff.getUsername(), AccountFixtures.PASSWORD);
		this.browser.open("/brand/draft");
		this.browser.clickToLoad("form[action$='/brand/draft'] button[type=submit]");
		this.browser.assertAccessible();
		this.browser.clickToLoad("a[href$='/brand/draft/sections/TONE_OF_VOICE']");
		this.browser.assertAccessible();
		this.browser.find("#body").sendKeys("\n\n災害時は結論を先に書く。");
		this.browser.clickToLoad("main form button[type=submit]");
		this.browser.find("#name").sendKeys("グレー");
		this.browser.find("#hex").sendKeys("#767676");
		this.browser.clickToLoad("form[action$='/brand/draft/colours'] button[type=submit]");
		assertThat(this.browser.find("#palette").getText()).contains("#767676").contains("4.54:1");
		this.browser.assertAccessible();
		this.browser.signOut();

		this.browser.signIn(cmo.getUsername(), AccountFixtures.PASSWORD);
		this.browser.open("/brand/draft");
		this.browser.find("#changeNote").sendKeys("災害時の書き方とグレーを追加");
		this.browser.clickToLoad("form[action$='/brand/draft/publish'] button[type=submit]");
		assertThat(this.browser.text()).contains("第" + (before + 1) + "版");
		this.browser.signOut();

		this.browser.signIn(liaison.getUsername(), AccountFixtures.PASSWORD);
		this.browser.open("/brand");
		assertThat(this.browser.text()).contains("災害時は結論を先に書く。");
		this.browser.clickToLoad("a[href*='/brand/diff?from=" + before + "']");
		assertThat(this.browser.text()).contains("第" + before + "版から第" + (before + 1) + "版への変更");
		assertThat(this.browser.find("main").getText()).contains("追加").contains("災害時は結論を先に書く。");
		this.browser.assertAccessible();
		this.browser.screenshot("brand-diff");
	}

	@Test
	void everyBrandPageIsAccessibleForEachRoleInBothLanguages() {
		List<User> users = List.of(this.accounts.liaison(this.accounts.department(1_000_000)),
				this.accounts.user(Role.ANALYST), this.accounts.user(Role.STAFF), this.accounts.user(Role.CMO));
		this.browser.signIn(users.get(2).getUsername(), AccountFixtures.PASSWORD);
		this.browser.open("/brand/draft");
		this.browser.clickToLoad("form[action$='/brand/draft'] button[type=submit]");
		for (User user : users) {
			this.browser.signOut();
			this.browser.signIn(user.getUsername(), AccountFixtures.PASSWORD);
			boolean office = user.getRoles().contains(Role.STAFF) || user.getRoles().contains(Role.CMO);
			for (String language : List.of("ja", "en")) {
				List<String> pages = office ? List.of("/brand", "/brand/versions", "/brand/diff", "/brand/draft",
						"/brand/draft/sections/LOGO") : List.of("/brand", "/brand/versions", "/brand/diff");
				for (String page : pages) {
					this.browser.open(page + "?lang=" + language);
					this.browser.assertAccessible();
				}
			}
		}
		this.browser.open("/brand?lang=ja");
		this.browser.screenshot("brand");
	}

}
