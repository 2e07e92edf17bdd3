package org.cmooffice.browser;

import java.time.LocalDate;

import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.Department;
import org.cmooffice.account.User;
import org.cmooffice.brand.BrandFixtures;
import org.cmooffice.shared.security.Role;
import org.cmooffice.stakeholder.StakeholderFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each area's main action done with the keyboard alone: Tab to reach a control (with its
 * focus visible), typing, Space, arrows and Enter; no click anywhere.
 */
@BrowserTest
class KeyboardBrowserTests extends BrowserTestSupport {

	@Autowired
	BrandFixtures brand;

	@Autowired
	StakeholderFixtures stakeholders;

	@BeforeEach
	void signedOut() {
		this.brand.ensurePublished();
		this.browser.open("/login?lang=ja");
		this.browser.signOut();
	}

	@Test
	void aPlanIsDraftedSubmittedAndApprovedWithTheKeyboard() {
		Department department = this.accounts.department(3_000_000);
		User liaison = this.accounts.liaison(department);
		User staff = this.accounts.user(Role.STAFF);
		LocalDate start = LocalDate.now().plusDays(150);
		signIn(liaison);

		this.browser.tabTo("a[href='/campaigns']");
		this.browser.pressToLoad(Keys.ENTER);
		this.browser.tabTo("a[href='/campaigns/new']");
		this.browser.pressToLoad(Keys.ENTER);
		this.browser.tabTo("#title");
		this.browser.press("キーボードで作る広報計画");
		this.browser.tabTo("#objective");
		this.browser.press("操作の確認");
		this.browser.tabTo("input[name=channels][value=SNS]");
		this.browser.press(Keys.SPACE);
		typeDate("#startDate", start);
		typeDate("#endDate", start.plusDays(20));
		this.browser.tabTo("#budgetLines0\\.item");
		this.browser.press("SNS広告");
		this.browser.tabTo("#budgetLines0\\.amountJpy");
		this.browser.press("120000");
		this.browser.tabTo("#kpis0\\.metric");
		this.browser.press("認知度", Keys.TAB, "%", Keys.TAB, "40");
		this.browser.tabTo("main form button.btn-primary[type=submit]");
		this.browser.pressToLoad(Keys.ENTER);
		assertThat(this.browser.path()).matches("/campaigns/\\d+");
		String planPath = this.browser.path();
		assertThat(this.browser.text()).contains("キーボードで作る広報計画").contains("¥120,000");
		this.browser.tabTo("form[action$='/submit'] button[type=submit]");
		this.browser.pressToLoad(Keys.ENTER);
		assertThat(this.browser.text()).contains("審査中");
		this.browser.signOut();

		signIn(staff);
		this.browser.open(planPath);
		for (String check : this.browser.driver()
			.findElements(org.openqa.selenium.By.cssSelector("input[name=checks]"))
			.stream()
			.map((element) -> element.getAttribute("id"))
			.toList()) {
			this.browser.tabTo("#" + check);
			this.browser.press(Keys.SPACE);
		}
		this.browser.tabTo("form[action$='/checklist'] button[type=submit]");
		this.browser.pressToLoad(Keys.ENTER);
		this.browser.tabTo("form[action$='/approve'] button[type=submit]");
		this.browser.pressToLoad(Keys.ENTER);
		assertThat(this.browser.text()).contains("承認済み");
	}

	@Test
	void aStakeholderIsFoundAndAMeetingLoggedWithTheKeyboard() {
		User staff = this.accounts.user(Role.STAFF);
		String name = "鍵盤" + AccountFixtures.unique("協議会");
		this.stakeholders.organisation(name, "ケンバンキョウギカイ", 4, 4, staff);
		signIn(staff);

		this.browser.tabTo("a[href='/stakeholders']");
		this.browser.pressToLoad(Keys.ENTER);
		this.browser.tabTo("#q");
		this.browser.press(name);
		this.browser.pressToLoad(Keys.ENTER);
		this.browser.tabTo("main table a[href^='/stakeholders/']");
		this.browser.pressToLoad(Keys.ENTER);
		assertThat(this.browser.find("h1").getText()).contains(name);
		this.browser.tabTo("a[href$='/engagements/new']");
		this.browser.pressToLoad(Keys.ENTER);
		this.browser.tabTo("#summary");
		this.browser.press("電話で次回の説明会の日程を調整した。");
		this.browser.tabTo("form[action$='/engagements'] button[type=submit]");
		this.browser.pressToLoad(Keys.ENTER);
		assertThat(this.browser.find("#engagements").getText()).contains("電話で次回の説明会の日程を調整した。");
	}

	@Test
	void anIncidentIsOpenedWithTheKeyboard() {
		Department department = this.accounts.department(1_000_000);
		User staff = this.accounts.user(Role.STAFF);
		String title = AccountFixtures.unique("キーボード事案");
		signIn(staff);

		this.browser.tabTo("a[href='/crisis']");
		this.browser.pressToLoad(Keys.ENTER);
		this.browser.tabTo("a[href='/crisis/new']");
		this.browser.pressToLoad(Keys.ENTER);
		this.browser.tabTo("#title");
		this.browser.press(title);
		this.browser.tabTo("#description");
		this.browser.press("窓口への問い合わせが急増している。");
		this.browser.tabTo("input[name=severity]");
		// Arrows move through a radio group and choose as they go.
		while (!this.browser.focused().getAttribute("value").equals("3")) {
			this.browser.press(Keys.ARROW_RIGHT);
		}
		assertThat(this.browser.focused().isSelected()).isTrue();
		this.browser.tabTo("input[name=departmentIds][value='" + department.getId() + "']");
		this.browser.press(Keys.SPACE);
		this.browser.tabTo("main form button.btn-primary[type=submit]");
		this.browser.pressToLoad(Keys.ENTER);

		assertThat(this.browser.path()).matches("/crisis/\\d+");
		assertThat(this.browser.find(".crisis-banner").getText()).contains(title);
	}

	@Test
	void theCmoWritesAndPublishesABrandEditionWithTheKeyboard() {
		this.brand.discardDraft();
		int next = this.brand.latestNumber() + 1;
		signIn(this.accounts.user(Role.CMO));

		this.browser.tabTo("a[href='/brand']");
		this.browser.pressToLoad(Keys.ENTER);
		this.browser.tabTo("a[href='/brand/draft']");
		this.browser.pressToLoad(Keys.ENTER);
		this.browser.tabTo("form[action$='/brand/draft'] button[type=submit]");
		this.browser.pressToLoad(Keys.ENTER);
		this.browser.tabTo("a[href='/brand/draft/sections/TONE_OF_VOICE']");
		this.browser.pressToLoad(Keys.ENTER);
		this.browser.tabTo("#body");
		this.browser.press(Keys.END, Keys.ENTER, "敬語は丁寧語を基本とする。");
		this.browser.tabTo("main form button[type=submit]");
		this.browser.pressToLoad(Keys.ENTER);
		this.browser.tabTo("#changeNote");
		this.browser.press("語調の章に敬語の方針を追加");
		this.browser.tabTo("form[action$='/publish'] button[type=submit]");
		this.browser.pressToLoad(Keys.ENTER);

		assertThat(this.brand.latestNumber()).isEqualTo(next);
		this.browser.open("/brand");
		assertThat(this.browser.find("main").getText()).contains("第" + next + "版").contains("敬語は丁寧語を基本とする。");
	}

	@Test
	void anAnalystChangesTheYearAndAnAdministratorAddsAUserWithTheKeyboard() {
		Department department = this.accounts.department(2_000_000);
		signIn(this.accounts.user(Role.ANALYST));
		this.browser.tabTo("a[href='/analytics']");
		this.browser.pressToLoad(Keys.ENTER);
		this.browser.tabTo("#fy");
		String before = this.browser.focused().getAttribute("value");
		this.browser.press(Keys.ARROW_DOWN);
		String chosen = this.browser.focused().getAttribute("value");
		assertThat(chosen).isNotEqualTo(before);
		this.browser.tabTo("form[action$='/analytics'] button[type=submit]");
		this.browser.pressToLoad(Keys.ENTER);
		assertThat(this.browser.driver().getCurrentUrl()).contains("fy=" + chosen);
		this.browser.tabTo("a[href*='/analytics/'][href*='.csv']");
		signOutWithTheKeyboard();

		String username = AccountFixtures.unique("keyboard.user");
		signIn(this.accounts.user(Role.ADMIN));
		this.browser.tabTo("a[href='/admin/users']");
		this.browser.pressToLoad(Keys.ENTER);
		this.browser.tabTo("a[href='/admin/users/new']");
		this.browser.pressToLoad(Keys.ENTER);
		this.browser.tabTo("#username");
		this.browser.press(username);
		this.browser.tabTo("#displayName");
		this.browser.press("鍵盤 太郎");
		this.browser.tabTo("input[name=roles][value=LIAISON]");
		this.browser.press(Keys.SPACE);
		this.browser.tabTo("#departmentId");
		// A closed list moves to the next option with each arrow press.
		for (int presses = 0; presses < 500
				&& !department.getId().toString().equals(this.browser.focused().getAttribute("value")); presses++) {
			this.browser.press(Keys.ARROW_DOWN);
		}
		assertThat(this.browser.focused().getAttribute("value")).isEqualTo(department.getId().toString());
		this.browser.tabTo("main form button[type=submit]");
		this.browser.pressToLoad(Keys.ENTER);
		assertThat(this.browser.text()).contains("利用者「" + username + "」を追加しました。");
	}

	private void signIn(User user) {
		this.browser.open("/login?lang=ja");
		this.browser.press(user.getUsername(), Keys.TAB, AccountFixtures.PASSWORD);
		this.browser.pressToLoad(Keys.ENTER);
		assertThat(this.browser.path()).isEqualTo("/");
	}

	/** The user menu opens with Enter and its sign-out button is the next stop. */
	private void signOutWithTheKeyboard() {
		this.browser.tabTo("#user-menu-button");
		this.browser.press(Keys.ENTER);
		this.browser.tabTo("form[action$='/logout'] button");
		this.browser.pressToLoad(Keys.ENTER);
		assertThat(this.browser.path()).isEqualTo("/login?logout");
	}

	/**
	 * Types a date into the browser's own date field as its user would: the parts in the
	 * order the browser's locale shows them (year, month, day in Japanese; month first in
	 * American English), two-digit parts moving on by themselves and the arrow key after
	 * the year.
	 */
	private void typeDate(String css, LocalDate date) {
		this.browser.tabTo(css);
		@SuppressWarnings("unchecked")
		java.util.List<String> order = (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) this.browser
			.driver())
			.executeScript("return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date())"
					+ ".filter(p => p.type !== 'literal').map(p => p.type);");
		for (String part : order) {
			switch (part) {
				case "year" -> this.browser.press(String.valueOf(date.getYear()), Keys.ARROW_RIGHT);
				case "month" -> this.browser.press(String.format("%02d", date.getMonthValue()));
				default -> this.browser.press(String.format("%02d", date.getDayOfMonth()));
			}
		}
		assertThat(this.browser.focused().getAttribute("value")).as("date typed into %s (%s)", css, order)
			.isEqualTo(date.toString());
	}

}
