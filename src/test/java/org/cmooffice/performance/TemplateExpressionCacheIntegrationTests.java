package org.cmooffice.performance;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cmooffice.IntegrationTest;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.Department;
import org.cmooffice.account.User;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.cmooffice.stakeholder.StakeholderFixtures;
import org.junit.jupiter.api.Test;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Going round the main pages twice parses no expression twice: every expression parsed on
 * the first round is still cached after the second. When the templates outgrew the cache,
 * a mix of pages kept evicting and re-parsing expressions, and each re-parsed one became
 * a new compiled class for the JIT (see {@code TemplateCaches}).
 */
@IntegrationTest
class TemplateExpressionCacheIntegrationTests {

	private static final List<String> STAFF_PAGES = List.of("/", "/campaigns", "/campaigns?status=SUBMITTED",
			"/campaigns/new", "/stakeholders", "/stakeholders/grid", "/stakeholders/new", "/stakeholders/follow-ups",
			"/crisis", "/crisis/rumours", "/crisis/new", "/crisis/library", "/search?q=広報", "/analytics", "/strategies",
			"/brand", "/campaigns/calendar", "/notifications", "/account/sessions");

	private static final List<String> ADMIN_PAGES = List.of("/", "/admin/users", "/admin/audit", "/admin/departments",
			"/admin/settings");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	StakeholderFixtures stakeholders;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSecondRoundOfThePagesFindsEveryExpressionStillCached() throws Exception {
		CurrentUser staff = AccountFixtures.signedIn(this.accounts.user(Role.STAFF, Role.CMO));
		CurrentUser admin = AccountFixtures.signedIn(this.accounts.user(Role.ADMIN));
		ICache<ExpressionCacheKey, Object> cache = this.templates.getConfiguration()
			.getCacheManager()
			.getExpressionCache();

		roundOfPages(staff, admin);
		Set<ExpressionCacheKey> firstRound = new HashSet<>(cache.keySet());
		roundOfPages(staff, admin);

		assertThat(firstRound).hasSizeGreaterThan(500);
		assertThat(cache.keySet()).containsAll(firstRound);
	}

	@Test
	void theCampaignAndStakeholderListsTakenInTurnCompileTheirExpressionsOnce() throws Exception {
		User staffUser = this.accounts.user(Role.STAFF);
		CurrentUser staff = AccountFixtures.signedIn(staffUser);
		String marker = AccountFixtures.unique("交互");
		Department department = this.accounts.department(1_000_000);
		LocalDate today = LocalDate.now();
		this.jdbc.update("""
				insert into campaign_plan (department_id, title, objective, start_date, end_date, fiscal_year, status,
				                           total_budget_jpy, created_at, created_by, modified_at, modified_by)
				select ?, ? || ' 広報計画 ' || g, '認知の向上', ?, ?, ?, 'DRAFT', 100000, now(), 'test', now(), 'test'
				from generate_series(1, 20) g""", department.getId(), marker, today, today.plusDays(30),
				today.getYear());
		for (int i = 0; i < 20; i++) {
			this.stakeholders.organisation(marker + " 協会 " + i, "キョウカイ", 3, 3, staffUser);
		}
		String campaigns = "/campaigns?q=" + marker;
		String register = "/stakeholders?q=" + marker;
		assertThat(page(staff, campaigns)).contains(marker + " 広報計画 20");
		assertThat(page(staff, register)).contains(marker + " 協会 19");

		// Past Spring EL's threshold of 100 interpretations, every expression is
		// compiled.
		for (int i = 0; i < 120; i++) {
			page(staff, campaigns);
			page(staff, register);
		}
		long loaded = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
		for (int i = 0; i < 60; i++) {
			page(staff, campaigns);
			page(staff, register);
		}

		assertThat(ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - loaded)
			.as("classes loaded while the same two pages were rendered again")
			.isLessThan(5);
	}

	private String page(CurrentUser user, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(user))).andReturn().getResponse().getContentAsString();
	}

	private void roundOfPages(CurrentUser staff, CurrentUser admin) throws Exception {
		for (String language : List.of("ja", "en")) {
			for (String page : STAFF_PAGES) {
				render(staff, page, language);
			}
			for (String page : ADMIN_PAGES) {
				render(admin, page, language);
			}
		}
	}

	private void render(CurrentUser user, String page, String language) throws Exception {
		int status = this.mvc.perform(get(page).param("lang", language).with(user(user)))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as(page).isEqualTo(200);
	}

}
