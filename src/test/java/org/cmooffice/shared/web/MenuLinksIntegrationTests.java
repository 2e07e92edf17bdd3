package org.cmooffice.shared.web;

import jakarta.servlet.http.Cookie;
import org.cmooffice.IntegrationTest;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The menu's entries are rendered once for each set of entries and language: whichever
 * role and language asked first, each user still sees their own entries in their own
 * language, and a locale the office does not offer is rendered but not kept.
 */
@IntegrationTest
class MenuLinksIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	MenuLinks menuLinks;

	@Test
	void eachRoleSeesItsOwnEntriesInItsOwnLanguageWhoeverAskedBefore() throws Exception {
		for (int round = 0; round < 2; round++) {
			String adminJa = menuOf(Role.ADMIN, "ja");
			assertThat(adminJa).contains(">ユーザー管理</a>", "href=\"/admin/audit\"")
				.doesNotContain("href=\"/campaigns\"", "Users");
			String staffEn = menuOf(Role.STAFF, "en");
			assertThat(staffEn).contains("href=\"/campaigns\">Campaign plans</a>", ">Analytics</a>")
				.doesNotContain("href=\"/admin/", "施策計画");
			String staffJa = menuOf(Role.STAFF, "ja");
			assertThat(staffJa).contains("href=\"/campaigns\">施策計画</a>", ">分析</a>")
				.doesNotContain("href=\"/admin/", "Campaign plans");
			String liaisonJa = menu(
					page(AccountFixtures.signedIn(this.accounts.liaison(this.accounts.department(1))), "ja"));
			assertThat(liaisonJa).contains("href=\"/campaigns\">施策計画</a>")
				.doesNotContain("href=\"/analytics\"", "href=\"/admin/");
			String cmoEn = menuOf(Role.CMO, "en");
			assertThat(cmoEn).contains(">Campaign plans</a>", "href=\"/admin/audit\">Audit log</a>")
				.doesNotContain("href=\"/admin/users\"");
		}
	}

	/**
	 * A language cookie naming a language the office does not offer is as if there were
	 * none (it used to break every page), a region of one of its languages is that
	 * language, and no rendering is kept for either.
	 */
	@Test
	void aLanguageCookieNamingAnotherLocaleGetsTheOfficesLanguagesAndKeepsNothingMore() throws Exception {
		menuOf(Role.STAFF, "ja");
		menuOf(Role.STAFF, "en");
		int kept = this.menuLinks.kept();
		var someone = AccountFixtures.signedIn(this.accounts.user(Role.STAFF));
		for (String cookie : new String[] { "fr", "de_DE", "ja_JP", "xx", "en_GB" }) {
			var response = this.mvc.perform(get("/").cookie(new Cookie("cmo_lang", cookie)).with(user(someone)))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(cookie).isEqualTo(200);
			String language = cookie.startsWith("en") ? "en" : "ja";
			assertThat(response.getContentAsString()).as(cookie)
				.contains("<html lang=\"" + language + "\"")
				.contains(language.equals("en") ? ">Campaign plans</a>" : ">施策計画</a>");
		}
		assertThat(this.menuLinks.kept()).isEqualTo(kept);
	}

	private String menuOf(Role role, String language) throws Exception {
		return menu(page(AccountFixtures.signedIn(this.accounts.user(role)), language));
	}

	private String page(CurrentUser someone, String language) throws Exception {
		MockHttpServletRequestBuilder request = get("/").param("lang", language).with(user(someone));
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	/** The main menu's list, without the rest of the page. */
	private static String menu(String page) {
		int start = page.indexOf("<ul class=\"navbar-nav me-auto\">");
		assertThat(start).as("the main menu").isNotNegative();
		return page.substring(start, page.indexOf("</ul>", start));
	}

}
