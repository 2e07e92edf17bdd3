package org.cmooffice.campaign;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManagerFactory;

import org.cmooffice.IntegrationTest;
import org.cmooffice.StatementCount;
import org.cmooffice.SelectedOptions;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.brand.BrandChecklist;
import org.cmooffice.brand.BrandFixtures;
import org.cmooffice.account.Department;
import org.cmooffice.admin.Settings;
import org.cmooffice.shared.FiscalYear;
import org.cmooffice.shared.persistence.KeptCountsCompaction;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A plan's life through the application's own routes, as each role would live it.
 */
@IntegrationTest
class CampaignWorkflowIntegrationTests {

	@Autowired
	BrandFixtures brand;

	@Autowired
	BrandChecklist brandChecklist;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	Settings settings;

	@Autowired
	CampaignPlans plans;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KeptCountsCompaction compaction;

	@Autowired
	MessageSource messages;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Department health;

	Department tourism;

	CurrentUser healthLiaison;

	CurrentUser tourismLiaison;

	CurrentUser staff;

	CurrentUser cmo;

	CurrentUser analyst;

	CurrentUser admin;

	long limit;

	@BeforeEach
	void office() {
		this.brand.ensurePublished();
		this.health = this.accounts.department(5_000_000);
		this.tourism = this.accounts.department(5_000_000);
		this.healthLiaison = AccountFixtures.signedIn(this.accounts.liaison(this.health));
		this.tourismLiaison = AccountFixtures.signedIn(this.accounts.liaison(this.tourism));
		this.staff = AccountFixtures.signedIn(this.accounts.user(Role.STAFF));
		this.cmo = AccountFixtures.signedIn(this.accounts.user(Role.CMO));
		this.analyst = AccountFixtures.signedIn(this.accounts.user(Role.ANALYST));
		this.admin = AccountFixtures.signedIn(this.accounts.user(Role.ADMIN));
		this.limit = this.settings.delegatedApprovalLimit();
	}

	@Test
	void aPlanAboveTheLimitGoesFromDraftThroughAChangeRequestToTheCmosApproval() throws Exception {
		long id = create(this.healthLiaison, "熱中症予防啓発プロジェクト", this.limit + 500_000);
		assertThat(status(id)).isEqualTo("DRAFT");
		assertThat(total(id)).isEqualTo(this.limit + 500_000);

		move(this.healthLiaison, id, "submit");
		assertThat(status(id)).isEqualTo("SUBMITTED");
		assertThat(notificationsFor(this.staff, "notification.campaign.submitted")).isEqualTo(1);

		move(this.staff, id, "request-changes", "reason", "KPIの測定方法を追記してください");
		assertThat(status(id)).isEqualTo("CHANGES_REQUESTED");
		assertThat(notificationsFor(this.healthLiaison, "notification.campaign.changesRequested")).isEqualTo(1);

		MvcResult edited = perform(this.healthLiaison, post("/campaigns/" + id), planFields("熱中症予防啓発プロジェクト（改訂）",
				this.limit + 400_000, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31), version(id)));
		assertThat(edited.getResponse().getRedirectedUrl()).isEqualTo("/campaigns/" + id);
		move(this.healthLiaison, id, "submit");

		// Above the limit STAFF cannot approve: it recommends, and the CMO decides.
		checkAll(this.staff, id);
		move(this.staff, id, "approve");
		assertThat(status(id)).isEqualTo("SUBMITTED");
		move(this.staff, id, "recommend");
		assertThat(notificationsFor(this.cmo, "notification.campaign.recommended")).isEqualTo(1);
		// The CMO's list of decisions waiting holds it (and only recommended plans).
		String waiting = perform(this.cmo,
				get("/campaigns?status=SUBMITTED&recommended=true&departmentId=" + this.health.getId()))
			.getResponse()
			.getContentAsString();
		assertThat(waiting).contains("href=\"/campaigns/" + id + "\"");
		move(this.cmo, id, "approve", "note", "承認します");

		assertThat(status(id)).isEqualTo("APPROVED");
		assertThat(notificationsFor(this.healthLiaison, "notification.campaign.approved")).isEqualTo(1);
		assertThat(this.jdbc.queryForList("select kind from campaign_plan_event where plan_id = ? order by id",
				String.class, id))
			.containsExactly("CREATED", "SUBMITTED", "CHANGES_REQUESTED", "EDITED", "SUBMITTED", "CHECKLIST",
					"RECOMMENDED", "APPROVED");
		assertThat(this.jdbc.queryForList(
				"select action from audit_event where entity_type = 'CAMPAIGN_PLAN' and entity_id = ? order by id",
				String.class, String.valueOf(id)))
			.containsExactly("CAMPAIGN_CREATED", "CAMPAIGN_SUBMITTED", "CAMPAIGN_CHANGES_REQUESTED", "CAMPAIGN_EDITED",
					"CAMPAIGN_SUBMITTED", "CAMPAIGN_CHECKLIST", "CAMPAIGN_RECOMMENDED", "CAMPAIGN_APPROVED");
		String page = perform(this.healthLiaison, get("/campaigns/" + id)).getResponse().getContentAsString();
		assertThat(page).contains("熱中症予防啓発プロジェクト（改訂）").contains("KPIの測定方法を追記してください");
	}

	@Test
	void theListsFiltersShowWhatWasChosen() throws Exception {
		int year = FiscalYear.current(Clock.system(ZoneId.of("Asia/Tokyo"))).year();
		String filtered = perform(this.staff,
				get("/campaigns?year=" + year + "&departmentId=" + this.health.getId()
						+ "&status=APPROVED&channel=SNS&sort=BUDGET&q=" + AccountFixtures.unique("w")))
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(SelectedOptions.of(filtered, "year")).containsExactly(String.valueOf(year));
		assertThat(SelectedOptions.of(filtered, "departmentId")).containsExactly(String.valueOf(this.health.getId()));
		assertThat(SelectedOptions.of(filtered, "status")).containsExactly("APPROVED");
		assertThat(SelectedOptions.of(filtered, "channel")).containsExactly("SNS");
		assertThat(SelectedOptions.of(filtered, "sort")).containsExactly("BUDGET");

		// Unfiltered: every select on "all", the order on its default.
		String unfiltered = perform(this.staff, get("/campaigns")).getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		for (String select : List.of("year", "departmentId", "status", "channel")) {
			assertThat(SelectedOptions.of(unfiltered, select)).as(select).isEmpty();
		}
		assertThat(SelectedOptions.of(unfiltered, "sort")).containsExactly("START");
	}

	@Test
	void aPlanWithinTheLimitIsApprovedByStaffAndCountsInTheDepartmentsBudget() throws Exception {
		long id = create(this.healthLiaison, "こころの健康相談窓口の周知", 400_000);
		move(this.healthLiaison, id, "submit");
		assertThat(budgetUse(this.health).planned()).isEqualTo(400_000);

		checkAll(this.staff, id);
		move(this.staff, id, "approve");

		assertThat(status(id)).isEqualTo("APPROVED");
		BudgetUse use = budgetUse(this.health);
		assertThat(use.allocation()).isEqualTo(5_000_000L);
		assertThat(use.planned()).isZero();
		assertThat(use.approved()).isEqualTo(400_000);
		assertThat(use.remaining()).isEqualTo(4_600_000L);
	}

	@Test
	void aLiaisonOfAnotherDepartmentIsRefusedOnEveryRouteOfThePlan() throws Exception {
		long id = create(this.healthLiaison, "禁煙サポート月間", 300_000);
		long version = version(id);

		for (String path : List.of("/campaigns/" + id, "/campaigns/" + id + "/edit")) {
			assertThat(perform(this.tourismLiaison, get(path)).getResponse().getStatus()).as(path).isEqualTo(403);
		}
		for (String action : List.of("", "/submit", "/withdraw", "/request-changes", "/checklist", "/recommend",
				"/approve", "/reject", "/activate", "/complete", "/comments", "/attachments")) {
			MvcResult result = perform(this.tourismLiaison, post("/campaigns/" + id + action).with(csrf()),
					planFields("乗っ取り", 1, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 2), version));
			assertThat(result.getResponse().getStatus()).as(action).isEqualTo(403);
		}
		assertThat(status(id)).isEqualTo("DRAFT");
		assertThat(version(id)).isEqualTo(version);
		String list = perform(this.tourismLiaison,
				get("/campaigns").param("departmentId", this.health.getId().toString()))
			.getResponse()
			.getContentAsString();
		assertThat(list).doesNotContain("禁煙サポート月間");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'ACCESS_DENIED' and entity_id = ? and actor = ?",
				Long.class, String.valueOf(id), this.tourismLiaison.getUsername()))
			.isGreaterThan(0);
	}

	@Test
	void analystsReadButChangeNothingAndAdministratorsDoNotReachPlans() throws Exception {
		long id = create(this.healthLiaison, "健康診断受診率向上キャンペーン", 300_000);

		assertThat(perform(this.analyst, get("/campaigns/" + id)).getResponse().getStatus()).isEqualTo(200);
		assertThat(perform(this.analyst, post("/campaigns/" + id + "/submit").param("version", "0")).getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(perform(this.analyst, post("/campaigns/" + id + "/comments").param("text", "x")).getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(perform(this.admin, get("/campaigns")).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(this.admin, get("/campaigns/" + id)).getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void aMoveThePlanCannotMakeIsRefusedWithAMessage() throws Exception {
		long id = create(this.healthLiaison, "文化財公開デーの広報", 100_000);

		MvcResult result = perform(this.cmo,
				post("/campaigns/" + id + "/approve").param("version", String.valueOf(version(id))));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/campaigns/" + id);
		assertThat(result.getFlashMap().get("flash")).isNotNull();
		assertThat(status(id)).isEqualTo("DRAFT");
	}

	@Test
	void theSecondOfTwoConcurrentEditsGetsTheConflictPageAndChangesNothing() throws Exception {
		long id = create(this.healthLiaison, "図書館利用促進キャンペーン", 200_000);
		long version = version(id);

		MvcResult first = perform(this.healthLiaison, post("/campaigns/" + id),
				planFields("最初の編集", 200_000, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31), version));
		MvcResult second = perform(this.staff, post("/campaigns/" + id),
				planFields("二番目の編集", 900_000, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31), version));

		assertThat(first.getResponse().getStatus()).isEqualTo(302);
		assertThat(second.getResponse().getStatus()).isEqualTo(409);
		// The second editor's input is kept, to compare and re-apply.
		assertThat(second.getResponse().getContentAsString()).contains("ほかの人が先にこの計画を保存しました")
			.contains("value=\"二番目の編集\"");
		assertThat(this.jdbc.queryForObject("select title from campaign_plan where id = ?", String.class, id))
			.isEqualTo("最初の編集");
	}

	/**
	 * Fields no form of the liaison's has, added by hand: the form binds to its own
	 * fields only, so status, department and approver stay what they were.
	 */
	@Test
	void fieldsAddedToAFormByHandChangeNothing() throws Exception {
		long id = create(this.healthLiaison, "項目追加の確認", 100_000);
		List<String> fields = new ArrayList<>(List
			.of(planFields("項目追加の確認（改訂）", 100_000, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31), version(id))));
		fields.addAll(List.of("status", "APPROVED", "departmentId", this.tourism.getId().toString(), "department.id",
				this.tourism.getId().toString(), "approvedBy", "cmo", "decidedBy", "cmo", "id", "1", "createdBy",
				"someone"));
		MvcResult saved = perform(this.healthLiaison, post("/campaigns/" + id), fields.toArray(String[]::new));

		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/campaigns/" + id);
		assertThat(status(id)).isEqualTo("DRAFT");
		assertThat(this.jdbc.queryForObject("select department_id from campaign_plan where id = ?", Long.class, id))
			.isEqualTo(this.health.getId());
		assertThat(this.jdbc.queryForObject("select title from campaign_plan where id = ?", String.class, id))
			.isEqualTo("項目追加の確認（改訂）");
	}

	@Test
	void ofTwoDecisionsTakenAtTheSameMomentExactlyOneApplies() throws Exception {
		long id = create(this.healthLiaison, "同時決裁の確認", 100_000);
		move(this.healthLiaison, id, "submit");
		checkAll(this.staff, id);
		String version = String.valueOf(version(id));
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService reviewers = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.Future<MvcResult> approval = reviewers.submit(() -> {
				start.await();
				return perform(this.staff, post("/campaigns/" + id + "/approve"), "version", version);
			});
			java.util.concurrent.Future<MvcResult> rejection = reviewers.submit(() -> {
				start.await();
				return perform(this.cmo, post("/campaigns/" + id + "/reject"), "version", version, "reason",
						"予算の根拠が不足");
			});
			start.countDown();
			List<Integer> answers = List.of(approval.get().getResponse().getStatus(),
					rejection.get().getResponse().getStatus());
			assertThat(answers).containsExactlyInAnyOrder(302, 409);
		}
		finally {
			reviewers.shutdownNow();
		}
		assertThat(status(id)).isIn("APPROVED", "REJECTED");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from campaign_plan_event where plan_id = ? and kind in ('APPROVED', 'REJECTED')",
				Long.class, id))
			.isEqualTo(1);
	}

	@Test
	void anEndBeforeTheStartIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
		long before = count();

		MvcResult result = perform(this.healthLiaison, post("/campaigns"),
				planFields("日付の誤り", 100_000, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 7, 1), 0));

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("endDate-error");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aDateOutsideTheFiscalYearsTheOfficeKeepsIsRefusedNotAnError() throws Exception {
		long before = count();

		MvcResult result = perform(this.healthLiaison, post("/campaigns"),
				planFields("遠い過去", 1, LocalDate.of(2000, 2, 1), LocalDate.of(2000, 3, 1), 0));

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("startDate-error");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aRowNumberNoFormProducesIsABadRequest() throws Exception {
		MvcResult result = perform(this.healthLiaison, post("/campaigns").param("risks[5000].risk", "x"),
				planFields("行の上限", 1, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 2), 0));

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void validationMessagesComeInTheUsersLanguage() throws Exception {
		String[] fields = planFields("日付の誤り", 100_000, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 7, 1), 0);

		String japanese = perform(this.healthLiaison, post("/campaigns").param("lang", "ja"), fields).getResponse()
			.getContentAsString();
		String english = perform(this.healthLiaison, post("/campaigns").param("lang", "en"), fields).getResponse()
			.getContentAsString();

		assertThat(japanese).contains("終了日は開始日と同じか、それより後の日付にしてください。");
		assertThat(english).contains("The end date must be on or after the start date.");
	}

	@Test
	void aNegativeAmountAndAMissingObjectiveAreRefused() throws Exception {
		long before = count();
		String[] fields = planFields("予算の誤り", -5, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31), 0);
		for (int i = 0; i < fields.length; i += 2) {
			if (fields[i].equals("objective")) {
				fields[i + 1] = "";
			}
		}

		MvcResult result = perform(this.healthLiaison, post("/campaigns"), fields);

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("objective-error")
			.contains("budgetLines0.amountJpy-error");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void approvedPlansBecomeActiveOnTheirStartDate() throws Exception {
		long id = create(this.healthLiaison, "防災訓練参加呼びかけ", 100_000);
		move(this.healthLiaison, id, "submit");
		checkAll(this.staff, id);
		move(this.staff, id, "approve");

		this.plans.activateThoseStartingBy(LocalDate.of(2026, 6, 30));
		assertThat(status(id)).isEqualTo("APPROVED");
		this.plans.activateThoseStartingBy(LocalDate.of(2026, 7, 1));

		assertThat(status(id)).isEqualTo("ACTIVE");
	}

	/**
	 * The list's count, the budget use and the home page's plans per status come from the
	 * tally the plan table's triggers keep (V26): it must follow plans created, moved,
	 * edited and removed, and stay the same once folded.
	 */
	@Test
	void thePlanTallyFollowsEveryChangeAndStaysTheSameOnceFolded() throws Exception {
		long first = create(this.tourismLiaison, "集計プランA", 100_000);
		long second = create(this.tourismLiaison, "集計プランB", 200_000);
		long third = create(this.tourismLiaison, "集計プランC", 300_000);
		assertTallyIsLive();

		move(this.tourismLiaison, first, "submit");
		perform(this.tourismLiaison, post("/campaigns/" + second),
				planFields("集計プランB", 250_000, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31), version(second)));
		assertThat(total(second)).isEqualTo(250_000);
		assertTallyIsLive();
		this.jdbc.update("delete from campaign_plan where id = ?", third);
		assertTallyIsLive();

		this.compaction.compact();

		assertTallyIsLive();
		assertFoldedToOneRowPerKey("campaign_plan_tally", "department_id, fiscal_year, status");
	}

	private void assertFoldedToOneRowPerKey(String table, String key) {
		assertThat(this.jdbc.queryForObject(
				"select count(*) from (select 1 from " + table + " group by " + key + " having count(*) > 1) repeated",
				Long.class))
			.as(table + ": one row per " + key + " once folded")
			.isZero();
	}

	private void assertTallyIsLive() throws Exception {
		assertThat(this.jdbc.queryForList(
				"""
						select department_id || '/' || fiscal_year || '/' || status || '=' || sum(plans) || '/' || sum(budget_jpy)
						from campaign_plan_tally group by department_id, fiscal_year, status
						having sum(plans) <> 0 or sum(budget_jpy) <> 0 order by 1""",
				String.class))
			.isEqualTo(this.jdbc.queryForList(
					"""
							select department_id || '/' || fiscal_year || '/' || status || '=' || count(*) || '/' || sum(total_budget_jpy)
							from campaign_plan group by department_id, fiscal_year, status order by 1""",
					String.class));
		long tourism = this.jdbc.queryForObject("select count(*) from campaign_plan where department_id = ?",
				Long.class, this.tourism.getId());
		long drafts = this.jdbc.queryForObject(
				"select count(*) from campaign_plan where department_id = ? and status = 'DRAFT'", Long.class,
				this.tourism.getId());
		assertThat(perform(this.tourismLiaison, get("/campaigns?lang=en")).getResponse().getContentAsString())
			.contains("%,d results".formatted(tourism));
		assertThat(
				perform(this.tourismLiaison, get("/campaigns?status=DRAFT&lang=en")).getResponse().getContentAsString())
			.contains("%,d results".formatted(drafts));
		long submitted = this.jdbc.queryForObject("""
				select coalesce(sum(total_budget_jpy), 0) from campaign_plan
				where department_id = ? and fiscal_year = 2026 and status = 'SUBMITTED'""", Long.class,
				this.tourism.getId());
		assertThat(budgetUse(this.tourism).planned()).isEqualTo(submitted);
	}

	/**
	 * Analytics' channel mix counts the channels of each year's decided plans from a kept
	 * tally: it follows channels added, changed and removed, plans moving to another
	 * status or year, and a plan deleted with its channels, in whichever order.
	 */
	@Test
	void theChannelTallyFollowsEveryChangeAndStaysTheSameOnceFolded() throws Exception {
		long first = create(this.tourismLiaison, "チャネル集計A", 100_000);
		long second = create(this.tourismLiaison, "チャネル集計B", 100_000);
		long third = create(this.tourismLiaison, "チャネル集計C", 100_000);
		assertChannelTallyIsLive();

		this.jdbc.update("update campaign_plan set status = 'APPROVED' where id in (?, ?, ?)", first, second, third);
		assertChannelTallyIsLive();
		this.jdbc.update("insert into campaign_plan_channel (plan_id, channel) values (?, 'EVENT')", first);
		this.jdbc.update(
				"update campaign_plan_channel set channel = 'WEBSITE' where plan_id = ? and channel = 'POSTER'",
				second);
		this.jdbc.update("delete from campaign_plan_channel where plan_id = ? and channel = 'SNS'", third);
		assertChannelTallyIsLive();
		this.jdbc.update("update campaign_plan set fiscal_year = 2025, status = 'COMPLETED' where id = ?", second);
		this.jdbc.update("update campaign_plan set status = 'ACTIVE' where id = ?", first);
		assertChannelTallyIsLive();
		this.jdbc.update("delete from campaign_plan where id = ?", third);
		assertChannelTallyIsLive();
		move(this.tourismLiaison, create(this.tourismLiaison, "チャネル集計D", 100_000), "submit");
		assertChannelTallyIsLive();

		this.compaction.compact();

		assertChannelTallyIsLive();
		assertFoldedToOneRowPerKey("campaign_channel_tally", "fiscal_year, status, channel");
	}

	private void assertChannelTallyIsLive() throws Exception {
		assertThat(this.jdbc.queryForList("""
				select fiscal_year || '/' || status || '/' || channel || '=' || sum(plans)
				from campaign_channel_tally group by fiscal_year, status, channel having sum(plans) <> 0 order by 1""",
				String.class))
			.isEqualTo(this.jdbc.queryForList("""
					select p.fiscal_year || '/' || p.status || '/' || c.channel || '=' || count(*)
					from campaign_plan_channel c join campaign_plan p on p.id = c.plan_id
					group by p.fiscal_year, p.status, c.channel order by 1""", String.class));
		String csv = perform(this.analyst, get("/analytics/channelMix.csv?fy=2026&lang=en")).getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		for (String channel : List.of("SNS", "POSTER", "EVENT", "WEBSITE")) {
			long decided = this.jdbc.queryForObject("""
					select count(*) from campaign_plan_channel c join campaign_plan p on p.id = c.plan_id
					where p.fiscal_year = 2026 and p.status in ('APPROVED', 'ACTIVE', 'COMPLETED') and c.channel = ?""",
					Long.class, channel);
			String label = this.messages.getMessage("campaign.channel." + channel, null, Locale.ENGLISH);
			if (decided > 0) {
				assertThat(csv).as(channel).contains(label + "," + decided);
			}
			else {
				assertThat(csv).as(channel).doesNotContain(label);
			}
		}
	}

	@Test
	void theListRunsTheSameStatementsWhateverTheNumberOfPlans() throws Exception {
		for (int i = 0; i < 21; i++) {
			create(this.tourismLiaison, "観光プラン" + i, 10_000);
		}
		long forOnePage = statementsForList(this.tourismLiaison);
		for (int i = 0; i < 25; i++) {
			create(this.tourismLiaison, "追加プラン" + i, 10_000);
		}

		assertThat(statementsForList(this.tourismLiaison)).isEqualTo(forOnePage);
	}

	/**
	 * The list and a plan's page read what they show in one transaction each, for every
	 * role that reads plans: one connection from the pages' pool, one snapshot.
	 */
	@Test
	void theListAndAPlansPageEachTakeOneConnection() throws Exception {
		long id = create(this.healthLiaison, "健康づくり講座の案内", 300_000);
		move(this.healthLiaison, id, "submit");
		for (CurrentUser user : List.of(this.cmo, this.staff, this.analyst, this.healthLiaison)) {
			for (String path : List.of("/campaigns?q=健康づくり講座", "/campaigns/" + id)) {
				long before = StatementCount.pageConnections();
				MvcResult page = perform(user, get(path));
				assertThat(page.getResponse().getStatus()).as(path).isEqualTo(200);
				assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(path)
					.contains("健康づくり講座の案内");
				assertThat(StatementCount.pageConnections() - before).as(user.getUsername() + " " + path).isOne();
			}
		}
	}

	private long statementsForList(CurrentUser user) throws Exception {
		var statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		long before = statistics.getPrepareStatementCount();
		assertThat(perform(user, get("/campaigns")).getResponse().getStatus()).isEqualTo(200);
		return statistics.getPrepareStatementCount() - before;
	}

	private long create(CurrentUser liaison, String title, long amount) throws Exception {
		MvcResult result = perform(liaison, post("/campaigns"),
				planFields(title, amount, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31), 0));
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).as("created, not refused: " + result.getResponse().getContentAsString().length())
			.startsWith("/campaigns/");
		return Long.parseLong(location.substring("/campaigns/".length()));
	}

	private void checkAll(CurrentUser reviewer, long id) throws Exception {
		List<String> fields = new ArrayList<>();
		for (String check : this.brandChecklist.currentCodes()) {
			fields.add("checks");
			fields.add(check);
		}
		move(reviewer, id, "checklist", fields.toArray(String[]::new));
	}

	private void move(CurrentUser user, long id, String action, String... fields) throws Exception {
		List<String> all = new ArrayList<>(List.of("version", String.valueOf(version(id))));
		all.addAll(List.of(fields));
		MvcResult result = perform(user, post("/campaigns/" + id + "/" + action), all.toArray(String[]::new));
		assertThat(result.getResponse().getRedirectedUrl()).as(action).isEqualTo("/campaigns/" + id);
	}

	private MvcResult perform(CurrentUser user, MockHttpServletRequestBuilder request, String... fields)
			throws Exception {
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request.with(csrf()).with(user(user))).andReturn();
	}

	private static String[] planFields(String title, long amount, LocalDate start, LocalDate end, long version) {
		return new String[] { "title", title, "objective", "救急搬送を前年比10%減らす", "audience", "高齢者とその家族", "strategy",
				"のどが渇く前に水分補給", "channels", "SNS", "channels", "POSTER", "startDate", start.toString(), "endDate",
				end.toString(), "budgetLines[0].item", "広告", "budgetLines[0].channel", "ADVERTISING",
				"budgetLines[0].amountJpy", String.valueOf(amount), "kpis[0].metric", "救急搬送件数", "kpis[0].unit", "件",
				"kpis[0].target", "900", "milestones[0].name", "記者発表", "milestones[0].dueDate", start.toString(),
				"risks[0].risk", "天候不順", "risks[0].mitigation", "日程を予備日に移す", "version", String.valueOf(version) };
	}

	private BudgetUse budgetUse(Department department) {
		var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
				this.staff, null, this.staff.getAuthorities()));
		org.springframework.security.core.context.SecurityContextHolder.setContext(context);
		try {
			return this.plans.budgetUse(this.staff, new org.cmooffice.shared.FiscalYear(2026))
				.stream()
				.filter((use) -> use.departmentId() == department.getId())
				.findFirst()
				.orElseThrow();
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	private long notificationsFor(CurrentUser user, String key) {
		return this.jdbc.queryForObject("select count(*) from notification where recipient_id = ? and message_key = ?",
				Long.class, user.id(), key);
	}

	private String status(long id) {
		return this.jdbc.queryForObject("select status from campaign_plan where id = ?", String.class, id);
	}

	private long total(long id) {
		return this.jdbc.queryForObject("select total_budget_jpy from campaign_plan where id = ?", Long.class, id);
	}

	private long version(long id) {
		return this.jdbc.queryForObject("select version from campaign_plan where id = ?", Long.class, id);
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from campaign_plan", Long.class);
	}

}
