package org.cmooffice.browser;

import java.time.LocalDate;
import java.util.List;

import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.Department;
import org.cmooffice.account.User;
import org.cmooffice.shared.security.Role;
import org.cmooffice.brand.BrandFixtures;
import org.cmooffice.strategy.StrategyFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan's journey as people live it: a liaison drafts and submits, the office asks for
 * changes, the liaison revises, the office approves; every page on the way passes
 * axe-core.
 */
@BrowserTest
class CampaignBrowserTests extends BrowserTestSupport {

	@Autowired
	StrategyFixtures strategies;

	@Autowired
	BrandFixtures brand;

	@BeforeEach
	void signedOut() {
		this.brand.ensurePublished();
		this.browser.open("/login?lang=ja");
		this.browser.signOut();
	}

	@Test
	void aPlanGoesFromDraftThroughAChangeRequestToApproval() {
		Department department = this.accounts.department(3_000_000);
		User liaison = this.accounts.liaison(department);
		User staff = this.accounts.user(Role.STAFF);
		LocalDate start = LocalDate.now().plusDays(200);

		this.browser.signIn(liaison.getUsername(), AccountFixtures.PASSWORD);
		this.browser.open("/campaigns/new");
		this.browser.assertAccessible();
		this.browser.find("#title").sendKeys("こころの健康週間の周知");
		this.browser.find("#objective").sendKeys("相談窓口の認知度を45%に高める");
		this.browser.click("input[name=channels][value=SNS]");
		this.browser.setDate("#startDate", start);
		this.browser.setDate("#endDate", start.plusDays(30));
		this.browser.find("#budgetLines0\\.item").sendKeys("SNS広告");
		this.browser.find("#budgetLines0\\.amountJpy").sendKeys("300000");
		this.browser.find("#kpis0\\.metric").sendKeys("窓口認知度");
		this.browser.find("#kpis0\\.unit").sendKeys("%");
		this.browser.find("#kpis0\\.target").sendKeys("45");
		this.browser.clickToLoad("main form button.btn-primary[type=submit]");

		assertThat(this.browser.path()).matches("/campaigns/\\d+");
		String planPath = this.browser.path();
		assertThat(this.browser.text()).contains("こころの健康週間の周知").contains("¥300,000");
		this.browser.assertAccessible();
		this.browser.clickToLoad("form[action$='/submit'] button[type=submit]");
		assertThat(this.browser.text()).contains(statusLabel("SUBMITTED"));
		this.browser.signOut();

		this.browser.signIn(staff.getUsername(), AccountFixtures.PASSWORD);
		this.browser.open(planPath);
		this.browser.assertAccessible();
		this.browser.find("form[action$='/request-changes'] textarea").sendKeys("KPIの測定方法を追記してください");
		this.browser.clickToLoad("form[action$='/request-changes'] button[type=submit]");
		assertThat(this.browser.text()).contains(statusLabel("CHANGES_REQUESTED"));
		this.browser.signOut();

		this.browser.signIn(liaison.getUsername(), AccountFixtures.PASSWORD);
		this.browser.open(planPath + "/edit");
		WebElement objective = this.browser.find("#objective");
		objective.sendKeys("（測定：県民意識調査）");
		this.browser.clickToLoad("main form button.btn-primary[type=submit]");
		this.browser.clickToLoad("form[action$='/submit'] button[type=submit]");
		this.browser.signOut();

		this.browser.signIn(staff.getUsername(), AccountFixtures.PASSWORD);
		this.browser.open(planPath);
		for (WebElement check : this.browser.driver().findElements(By.cssSelector("input[name=checks]"))) {
			if (!check.isSelected()) {
				this.browser.click("#" + check.getAttribute("id"));
			}
		}
		this.browser.clickToLoad("form[action$='/checklist'] button[type=submit]");
		this.browser.clickToLoad("form[action$='/approve'] button[type=submit]");

		assertThat(this.browser.text()).contains(statusLabel("APPROVED"));
		assertThat(this.browser.find("#timeline").getText()).contains("KPIの測定方法を追記してください");
		this.browser.screenshot("campaign-plan");
	}

	@Test
	void everyCampaignPageIsAccessibleForEachRoleInBothLanguages() {
		Department department = this.accounts.department(3_000_000);
		long strategy = this.strategies.active(2080 + (int) (System.nanoTime() % 10), "アクセシビリティ確認用の戦略");
		List<User> users = List.of(this.accounts.liaison(department), this.accounts.user(Role.STAFF),
				this.accounts.user(Role.CMO), this.accounts.user(Role.ANALYST));
		for (User user : users) {
			this.browser.signOut();
			this.browser.signIn(user.getUsername(), AccountFixtures.PASSWORD);
			for (String language : List.of("ja", "en")) {
				for (String page : List.of("/campaigns", "/campaigns/calendar", "/", "/strategies",
						"/strategies/" + strategy)) {
					this.browser.open(page + "?lang=" + language);
					this.browser.assertAccessible();
				}
			}
		}
		this.browser.open("/campaigns?lang=ja");
		this.browser.screenshot("campaign-list");
		this.browser.open("/campaigns/calendar");
		this.browser.screenshot("campaign-calendar");
	}

	private String statusLabel(String status) {
		return switch (status) {
			case "SUBMITTED" -> "審査中";
			case "CHANGES_REQUESTED" -> "修正依頼";
			case "APPROVED" -> "承認済み";
			default -> status;
		};
	}

	/**
	 * Date inputs take the date as the browser's locale writes it; setting the value is
	 * steadier.
	 */

}
