package org.cmooffice.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.cmooffice.IntegrationTest;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.Department;
import org.cmooffice.account.User;
import org.cmooffice.brand.BrandFixtures;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.cmooffice.shared.web.Flash;
import org.cmooffice.stakeholder.StakeholderFixtures;
import org.cmooffice.strategy.StrategyFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The changes no other test makes (editing a blackout period or a department, taking a
 * colour out of the draft guideline, withdrawing or closing a plan, telling a stakeholder
 * of an incident, archiving a strategy…), each made as its user would and each leaving an
 * audit event. With the rest of the suite, every route the access matrix marks
 * {@code audit} is used; {@code AuditCompletenessTests} checks that.
 */
@IntegrationTest
class ChangesAreAuditedIntegrationTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	BrandFixtures brand;

	@Autowired
	StrategyFixtures strategies;

	@Autowired
	StakeholderFixtures stakeholders;

	CurrentUser admin;

	CurrentUser staff;

	CurrentUser cmo;

	CurrentUser liaison;

	User staffUser;

	Department department;

	@BeforeEach
	void office() {
		this.brand.ensurePublished();
		this.department = this.accounts.department(9_000_000);
		this.admin = AccountFixtures.signedIn(this.accounts.user(Role.ADMIN));
		this.staffUser = this.accounts.user(Role.STAFF);
		this.staff = AccountFixtures.signedIn(this.staffUser);
		this.cmo = AccountFixtures.signedIn(this.accounts.user(Role.CMO));
		this.liaison = AccountFixtures.signedIn(this.accounts.liaison(this.department));
	}

	@Test
	void administration() throws Exception {
		LocalDate day = LocalDate.now().plusDays(400);
		String name = AccountFixtures.unique("監査確認の期間");
		audited(this.admin, post("/admin/blackouts"), "nameJa", name, "nameEn", "Audit check", "startDate",
				day.toString(), "endDate", day.toString());
		long blackout = this.jdbc.queryForObject("SELECT id FROM blackout_period WHERE name_ja = ?", Long.class, name);
		audited(this.admin, post("/admin/blackouts/" + blackout), "nameJa", name + "（改）", "nameEn", "Audit check",
				"startDate", day.toString(), "endDate", day.toString(), "version",
				version("blackout_period", blackout));
		audited(this.admin, post("/admin/blackouts/" + blackout + "/delete"), "version",
				version("blackout_period", blackout));

		Department edited = this.accounts.department(1_000);
		String code = this.jdbc.queryForObject("SELECT code FROM department WHERE id = ?", String.class,
				edited.getId());
		audited(this.admin, post("/admin/departments/" + edited.getId()), "code", code, "nameJa", "改名した部", "nameEn",
				"Renamed department", "active", "true", "version", version("department", edited.getId()));

		User away = this.accounts.user(Role.ANALYST);
		this.accounts.deactivate(away);
		audited(this.admin, post("/admin/users/" + away.getId() + "/reactivate"), "version",
				version("app_user", away.getId()));
	}

	@Test
	void theDraftGuideline() throws Exception {
		this.brand.discardDraft();
		audited(this.staff, post("/brand/draft"));
		long draft = this.jdbc.queryForObject("SELECT id FROM brand_edition WHERE status = 'DRAFT'", Long.class);
		audited(this.staff, post("/brand/draft/colours"), "draft", String.valueOf(draft), "version",
				version("brand_edition", draft), "name", "確認色", "hex", "#123456", "usage", "確認");
		long colour = this.jdbc.queryForObject("SELECT max(id) FROM brand_colour WHERE edition_id = ?", Long.class,
				draft);
		audited(this.staff, post("/brand/draft/colours/" + colour + "/delete"), "draft", String.valueOf(draft),
				"version", version("brand_edition", draft));
		audited(this.staff, post("/brand/draft/checks"), "draft", String.valueOf(draft), "version",
				version("brand_edition", draft), "textJa", "確認項目", "textEn", "Check item");
		long check = this.jdbc.queryForObject("SELECT max(id) FROM brand_check_item WHERE edition_id = ?", Long.class,
				draft);
		audited(this.staff, post("/brand/draft/checks/" + check + "/delete"), "draft", String.valueOf(draft), "version",
				version("brand_edition", draft));
		audited(this.staff,
				multipart("/brand/draft/files").file(new MockMultipartFile("file", "mark.png", "image/png", PNG)),
				"draft", String.valueOf(draft), "version", version("brand_edition", draft), "description", "確認用");
		long file = this.jdbc.queryForObject("SELECT max(asset_id) FROM brand_edition_asset WHERE edition_id = ?",
				Long.class, draft);
		audited(this.staff, post("/brand/draft/files/" + file + "/delete"), "draft", String.valueOf(draft), "version",
				version("brand_edition", draft));
		this.brand.discardDraft();
	}

	@Test
	void campaignPlans() throws Exception {
		long withdrawn = plan("取り下げる計画");
		audited(this.liaison, post("/campaigns/" + withdrawn + "/submit"), "version",
				version("campaign_plan", withdrawn));
		audited(this.liaison, post("/campaigns/" + withdrawn + "/withdraw"), "version",
				version("campaign_plan", withdrawn), "reason", "時期を見直す");

		long closed = plan("実施して終える計画");
		audited(this.liaison, post("/campaigns/" + closed + "/submit"), "version", version("campaign_plan", closed));
		List<String> codes = this.jdbc.queryForList("""
				SELECT c.code FROM brand_check_item c JOIN brand_edition e ON e.id = c.edition_id
				WHERE e.number = (SELECT max(number) FROM brand_edition WHERE status = 'PUBLISHED')""", String.class);
		AbstractMockHttpServletRequestBuilder<?> checklist = post("/campaigns/" + closed + "/checklist");
		codes.forEach((code) -> checklist.param("checks", code));
		audited(this.staff, checklist, "version", version("campaign_plan", closed));
		audited(this.staff, post("/campaigns/" + closed + "/approve"), "version", version("campaign_plan", closed));
		audited(this.staff, post("/campaigns/" + closed + "/activate"), "version", version("campaign_plan", closed));
		long kpi = this.jdbc.queryForObject("SELECT id FROM campaign_kpi WHERE plan_id = ?", Long.class, closed);
		audited(this.liaison, post("/campaigns/" + closed + "/complete"), "version", version("campaign_plan", closed),
				"evaluation", "目標を達成した", "actual." + kpi, "120");
		assertThat(this.jdbc.queryForObject("SELECT status FROM campaign_plan WHERE id = ?", String.class, closed))
			.isEqualTo("COMPLETED");
	}

	@Test
	void crisisAndStrategy() throws Exception {
		String location = this.mvc
			.perform(post("/crisis").with(csrf())
				.with(user(this.staff))
				.param("title", AccountFixtures.unique("監査確認の事案"))
				.param("description", "確認")
				.param("severity", "1")
				.param("ownerId", this.staffUser.getId().toString()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long stakeholder = this.stakeholders.organisation(AccountFixtures.unique("監査確認協会"), "カンサ", 3, 3,
				this.staffUser);
		audited(this.staff, post(location + "/stakeholders"), "stakeholderId", String.valueOf(stakeholder));
		audited(this.staff, post(location + "/stakeholders/" + stakeholder + "/notified"));

		long active = this.strategies.active(2300 + (int) (System.nanoTime() % 500), "監査確認の戦略");
		audited(this.cmo, post("/strategies/" + active + "/archive"), "version", version("strategy", active));

		int year = LocalDate.now().getYear() + 2;
		String draft = this.mvc
			.perform(post("/strategies").with(csrf())
				.with(user(this.staff))
				.param("fiscalYear", String.valueOf(year))
				.param("title", "監査確認の草案")
				.param("vision", "確認")
				.param("periodStart", year + "-04-01")
				.param("periodEnd", (year + 1) + "-03-31")
				.param("ownerName", "山田 花子"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(draft.substring("/strategies/".length()));
		audited(this.staff, post(draft + "/audiences"), "version", version("strategy", id), "segment", "子育て世帯");
		long audience = this.jdbc.queryForObject("SELECT max(id) FROM target_audience WHERE strategy_id = ?",
				Long.class, id);
		audited(this.staff, post(draft + "/audiences/" + audience + "/delete"), "version", version("strategy", id));
		audited(this.staff, post(draft + "/objectives"), "version", version("strategy", id), "title", "確認の目標",
				"priority", "HIGH");
		long objective = this.jdbc.queryForObject("SELECT max(id) FROM strategy_objective WHERE strategy_id = ?",
				Long.class, id);
		audited(this.staff, post(draft + "/objectives/" + objective + "/delete"), "version", version("strategy", id));
	}

	/** Makes the change and checks it was made (a redirect) and audited. */
	private void audited(CurrentUser who, AbstractMockHttpServletRequestBuilder<?> request, String... fields)
			throws Exception {
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		long before = this.jdbc.queryForObject("SELECT count(*) FROM audit_event", Long.class);
		var result = this.mvc.perform(request.with(csrf()).with(user(who))).andReturn();
		String uri = result.getRequest().getRequestURI();
		assertThat(result.getResponse().getStatus())
			.as("%s: %s", uri, result.getResponse().getContentAsString(StandardCharsets.UTF_8).length())
			.isEqualTo(302);
		assertThat(result.getFlashMap().keySet()).as("%s said %s", uri, result.getFlashMap())
			.noneMatch((key) -> key.endsWith("Error"));
		assertThat(result.getFlashMap().values()).as("%s said %s", uri, result.getFlashMap())
			.noneMatch((said) -> said instanceof Flash flash && flash.kind() != Flash.Kind.SUCCESS);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM audit_event", Long.class)).as("audited: %s", uri)
			.isGreaterThan(before);
	}

	private long plan(String title) throws Exception {
		return PlanDrafts.create(this.mvc, this.liaison, AccountFixtures.unique(title));
	}

	private String version(String table, long id) {
		return String
			.valueOf(this.jdbc.queryForObject("SELECT version FROM " + table + " WHERE id = ?", Long.class, id));
	}

}
