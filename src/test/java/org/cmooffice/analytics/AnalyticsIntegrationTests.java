package org.cmooffice.analytics;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.cmooffice.IntegrationTest;
import org.cmooffice.StatementCount;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.Department;
import org.cmooffice.account.User;
import org.cmooffice.shared.FiscalYear;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.cmooffice.stakeholder.StakeholderFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegrationTest
class AnalyticsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	StakeholderFixtures stakeholders;

	@Autowired
	EngagementRollup rollup;

	@Autowired
	AnalyticsQueries queries;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void analystsAndTheOfficeSeeTheFiguresLiaisonsAndAdministratorsDoNot() throws Exception {
		for (Role role : new Role[] { Role.ANALYST, Role.STAFF, Role.CMO }) {
			CurrentUser reader = AccountFixtures.signedIn(this.accounts.user(role));
			assertThat(get(reader, "/analytics").getResponse().getStatus()).isEqualTo(200);
			assertThat(get(reader, "/analytics/plansByStatus.csv").getResponse().getStatus()).isEqualTo(200);
		}
		CurrentUser liaison = AccountFixtures.signedIn(this.accounts.liaison(this.accounts.department(1_000)));
		CurrentUser admin = AccountFixtures.signedIn(this.accounts.user(Role.ADMIN));
		for (CurrentUser refused : new CurrentUser[] { liaison, admin }) {
			assertThat(get(refused, "/analytics").getResponse().getStatus()).isEqualTo(403);
			assertThat(get(refused, "/analytics/plansByStatus.csv").getResponse().getStatus()).isEqualTo(403);
		}
		CurrentUser analyst = AccountFixtures.signedIn(this.accounts.user(Role.ANALYST));
		assertThat(get(analyst, "/analytics/nothing.csv").getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aTableDownloadsAsCsvThatASpreadsheetReadsAsUtf8() throws Exception {
		CurrentUser analyst = AccountFixtures.signedIn(this.accounts.user(Role.ANALYST));
		User owner = this.accounts.user(Role.STAFF);
		this.stakeholders.organisation(AccountFixtures.unique("=集計"), "シュウケイ", 5, 5, owner);

		MvcResult csv = get(analyst, "/analytics/stakeholdersByQuadrant.csv?lang=ja");

		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		assertThat(csv.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
		String content = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(content).startsWith("\uFEFFグリッド区分,ステークホルダー数");
		long manageClosely = this.jdbc
			.queryForObject("select count(*) from stakeholder where influence >= 3 and interest >= 3", Long.class);
		assertThat(content).contains("重点的に関与," + manageClosely + "\r\n");
	}

	@Test
	void thePageRunsTheSameStatementsWhateverTheNumberOfRows() throws Exception {
		CurrentUser analyst = AccountFixtures.signedIn(this.accounts.user(Role.ANALYST));
		User owner = this.accounts.user(Role.STAFF);
		long few = statementsFor(analyst);
		for (int i = 0; i < 30; i++) {
			this.stakeholders.person(AccountFixtures.unique("集計"), "シュウケイ", "a@example.jp", "03", owner,
					LocalDate.now().plusYears(1));
		}

		long many = statementsFor(analyst);

		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(16);
	}

	@Test
	void thePageSpeaksBothLanguagesAndEscapesNothingIntoScript() throws Exception {
		CurrentUser analyst = AccountFixtures.signedIn(this.accounts.user(Role.ANALYST));

		String japanese = get(analyst, "/analytics?lang=ja").getResponse().getContentAsString(StandardCharsets.UTF_8);
		String english = get(analyst, "/analytics?lang=en").getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(japanese).contains("状態別のキャンペーン計画", "data-chart=");
		assertThat(english).contains("Campaign plans by status", "Download CSV");
		assertThat(english).doesNotContain("<script>");
	}

	/**
	 * The plans' figures add up the kept tallies, not the plans: after plans are added,
	 * moved on, re-budgeted and deleted, each agrees with a count of the plans, and a
	 * department's row says what happened to its own.
	 */
	@Test
	void thePlansFiguresAgreeWithThePlansAfterEveryKindOfChange() {
		Department department = this.accounts.department(1_000_000);
		FiscalYear year = FiscalYear.current(this.clock);
		long draft = plan(department, year, "DRAFT", 100_000);
		long submitted = plan(department, year, "SUBMITTED", 200_000);
		long approved = plan(department, year, "APPROVED", 300_000);
		plan(department, year, "WITHDRAWN", 50_000);
		this.jdbc.update("update campaign_plan set status = 'REJECTED' where id = ?", submitted);
		this.jdbc.update("update campaign_plan set status = 'COMPLETED', total_budget_jpy = 350000 where id = ?",
				approved);
		this.jdbc.update("delete from campaign_plan where id = ?", draft);

		assertThat(numbers(this.queries.dataset("plansByStatus", year, Locale.JAPANESE)))
			.isEqualTo(numbers(this.jdbc.query("""
					select p.status, count(*) from campaign_plan p where p.fiscal_year = ?
					group by p.status order by count(*) desc, p.status""",
					(rs, i) -> List.<Object>of(rs.getString(1), rs.getLong(2)), year.year())));
		assertThat(numbers(this.queries.dataset("plansByDepartment", year, Locale.JAPANESE)))
			.isEqualTo(numbers(this.jdbc.query(
					"""
							select d.name_ja, count(p.id), count(p.id) filter (where p.status in ('APPROVED', 'ACTIVE', 'COMPLETED'))
							from department d left join campaign_plan p on p.department_id = d.id and p.fiscal_year = ?
							where d.active group by d.id, d.name_ja, d.code order by d.code""",
					(rs, i) -> List.<Object>of(rs.getString(1), rs.getLong(2), rs.getLong(3)), year.year())))
			.contains(List.of(department.getNameJa(), 3L, 1L));
		assertThat(numbers(this.queries.dataset("budgetByDepartment", year, Locale.JAPANESE)))
			.isEqualTo(numbers(this.jdbc.query(
					"""
							select d.name_ja, coalesce(b.amount_jpy, 0),
							  coalesce(sum(p.total_budget_jpy) filter (where p.status not in ('WITHDRAWN', 'REJECTED')), 0),
							  coalesce(sum(p.total_budget_jpy) filter (where p.status in ('APPROVED', 'ACTIVE', 'COMPLETED')), 0),
							  coalesce(sum(p.total_budget_jpy) filter (where p.status = 'COMPLETED'), 0)
							from department d
							left join department_budget b on b.department_id = d.id and b.fiscal_year = ?
							left join campaign_plan p on p.department_id = d.id and p.fiscal_year = ?
							where d.active group by d.id, d.name_ja, d.code, b.amount_jpy order by d.code""",
					(rs, i) -> List.<Object>of(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
							rs.getLong(5)),
					year.year(), year.year())))
			.anyMatch((row) -> row.get(0).equals(department.getNameJa())
					&& row.subList(2, 5).equals(List.of(350_000L, 350_000L, 350_000L)));
	}

	/**
	 * The incidents by month and severity, counted in one pass, agree with a count per
	 * month and severity, and the rumours of a month with several incidents are counted
	 * once; an incident opened at a month's first instant is that month's.
	 */
	@Test
	void theIncidentsByMonthAgreeWithACountOfEachMonthAndSeverity() {
		FiscalYear year = FiscalYear.current(this.clock);
		String may = year.start().plusMonths(1).toString().substring(0, 7);
		List<List<Object>> before = numbers(this.queries.dataset("incidentsByMonth", year, Locale.JAPANESE));
		long owner = this.accounts.user(Role.STAFF).getId();
		for (int severity : new int[] { 1, 1, 2, 4 }) {
			incident(owner, severity, year.start().plusMonths(1).plusDays(10).atTime(12, 0));
		}
		incident(owner, 3, year.start().plusMonths(1).atStartOfDay());
		long rumoured = incident(owner, 3, year.start().plusMonths(2).atStartOfDay().minusNanos(1000));
		for (String factCheck : new String[] { "UNVERIFIED", "FALSE" }) {
			this.jdbc.update("""
					insert into rumour (incident_id, claim, first_seen, channel, fact_check, response, response_status,
					                    created_at, created_by, modified_at, modified_by)
					values (?, '集計の噂', ?, 'SNS', ?, 'NONE', 'PLANNED', now(), 'test', now(), 'test')""", rumoured,
					year.start().plusMonths(1).plusDays(3), factCheck);
		}

		List<List<Object>> after = numbers(this.queries.dataset("incidentsByMonth", year, Locale.JAPANESE));

		assertThat(after).hasSize(12)
			.isEqualTo(numbers(this.jdbc.query(
					"""
							select to_char(m, 'YYYY-MM'),
							  (select count(*) from crisis_incident i where i.severity = 1 and i.opened_at >= m and i.opened_at < m + interval '1 month'),
							  (select count(*) from crisis_incident i where i.severity = 2 and i.opened_at >= m and i.opened_at < m + interval '1 month'),
							  (select count(*) from crisis_incident i where i.severity = 3 and i.opened_at >= m and i.opened_at < m + interval '1 month'),
							  (select count(*) from crisis_incident i where i.severity = 4 and i.opened_at >= m and i.opened_at < m + interval '1 month'),
							  (select coalesce(sum(r.rumours), 0) from rumour_count r where r.month = m)
							from generate_series(cast(? as date), cast(? as date), interval '1 month') m order by m""",
					(rs, i) -> List.<Object>of(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
							rs.getLong(5), rs.getLong(6)),
					year.start(), year.end())));
		int row = before.stream().map((r) -> r.get(0)).toList().indexOf(may);
		List<Long> added = new java.util.ArrayList<>();
		for (int column = 1; column <= 5; column++) {
			added.add((Long) after.get(row).get(column) - (Long) before.get(row).get(column));
		}
		assertThat(added).as("severities 1 to 4, then rumours").containsExactly(2L, 1L, 2L, 1L, 2L);
	}

	private long incident(long owner, int severity, java.time.LocalDateTime openedAt) {
		return this.jdbc.queryForObject("""
				insert into crisis_incident (title, description, severity, status, scenario, owner_id, opened_at,
				                             created_at, created_by, modified_at, modified_by)
				values (?, '経緯', ?, 'OPEN', 'MISINFORMATION', ?, ?, now(), 'test', now(), 'test') returning id""",
				Long.class, AccountFixtures.unique("集計事案"), severity, owner, java.sql.Timestamp.valueOf(openedAt));
	}

	private long plan(Department department, FiscalYear year, String status, long budget) {
		return this.jdbc.queryForObject("""
				insert into campaign_plan (department_id, title, objective, start_date, end_date, fiscal_year, status,
				                           total_budget_jpy, created_at, created_by, modified_at, modified_by)
				values (?, ?, '認知の向上', ?, ?, ?, ?, ?, now(), 'test', now(), 'test') returning id""", Long.class,
				department.getId(), AccountFixtures.unique("集計計画"), year.start(), year.start().plusDays(30),
				year.year(), status, budget);
	}

	/** Rows with every number as a long, to compare a dataset with a count. */
	private static List<List<Object>> numbers(Dataset dataset) {
		return numbers(dataset.rows());
	}

	private static List<List<Object>> numbers(List<List<Object>> rows) {
		return rows.stream()
			.map((row) -> row.stream()
				.map((cell) -> (cell instanceof Number number) ? (Object) number.longValue() : cell)
				.toList())
			.toList();
	}

	private long statementsFor(CurrentUser user) throws Exception {
		long before = StatementCount.total();
		assertThat(get(user, "/analytics").getResponse().getStatus()).isEqualTo(200);
		return StatementCount.total() - before;
	}

	private MvcResult get(CurrentUser user, String path) throws Exception {
		return this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(user(user)))
			.andReturn();
	}

	/**
	 * Past days come from the roll-up, today is counted live: an engagement logged for
	 * today shows at once, one of yesterday or of last month after the next refresh; both
	 * charts agree with a live count.
	 */
	@Test
	void engagementsOfPastDaysComeFromTheRollUpAndTodayIsCountedLive() {
		User owner = this.accounts.user(Role.STAFF);
		long stakeholder = this.stakeholders.organisation(AccountFixtures.unique("集計協会"), "シュウケイ", 3, 3, owner);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
		FiscalYear year = FiscalYear.of(lastMonth);
		this.rollup.refresh();
		long pastBefore = monthCount(year, lastMonth);

		logEngagement(stakeholder, lastMonth);
		assertThat(monthCount(year, lastMonth)).as("not yet rolled up").isEqualTo(pastBefore);
		this.rollup.refresh();
		assertThat(monthCount(year, lastMonth)).isEqualTo(pastBefore + 1);

		LocalDate yesterday = today.minusDays(1);
		long yesterdayBefore = monthCount(FiscalYear.of(yesterday), yesterday);
		logEngagement(stakeholder, yesterday);
		assertThat(monthCount(FiscalYear.of(yesterday), yesterday)).as("not yet rolled up").isEqualTo(yesterdayBefore);
		this.rollup.refresh();
		assertThat(monthCount(FiscalYear.of(yesterday), yesterday)).isEqualTo(yesterdayBefore + 1);

		FiscalYear current = FiscalYear.of(today);
		long todayBefore = monthCount(current, today);
		logEngagement(stakeholder, today);
		assertThat(monthCount(current, today)).as("counted live").isEqualTo(todayBefore + 1);

		long byCategory = this.queries.dataset("engagementsByCategory", current, Locale.JAPANESE)
			.rows()
			.stream()
			.mapToLong((row) -> ((Number) row.get(1)).longValue())
			.sum();
		assertThat(byCategory)
			.isEqualTo(this.jdbc.queryForObject("select count(*) from engagement where occurred_on between ? and ?",
					Long.class, current.start(), current.end()));
	}

	/**
	 * A restart leaves counts that cover last month alone (on a large office they take
	 * seconds to redo) and redoes counts a month old.
	 */
	@Test
	void startingAgainRefreshesTheRollUpOnlyWhenItStopsBeforeLastMonth() {
		this.rollup.refresh();
		this.jdbc.update("update engagement_rollup_state set refreshed_at = now() - interval '1 hour'");

		this.rollup.run(new DefaultApplicationArguments());
		assertThat(refreshedMinutesAgo()).as("counts up to date: left alone").isGreaterThanOrEqualTo(59);

		this.jdbc.update("update engagement_rollup_state set covers_before = covers_before - interval '1 month'");
		this.rollup.run(new DefaultApplicationArguments());
		assertThat(refreshedMinutesAgo()).as("counts a month old: refreshed").isLessThan(1);
		assertThat(this.jdbc.queryForObject("select covers_before from engagement_rollup_state", LocalDate.class))
			.isEqualTo(LocalDate.now(this.clock));
	}

	private long refreshedMinutesAgo() {
		return this.jdbc.queryForObject(
				"select extract(epoch from now() - refreshed_at)::bigint / 60 from engagement_rollup_state",
				Long.class);
	}

	private long monthCount(FiscalYear year, LocalDate month) {
		String key = month.toString().substring(0, 7);
		return this.queries.dataset("engagementsByMonth", year, Locale.JAPANESE)
			.rows()
			.stream()
			.filter((row) -> row.get(0).equals(key))
			.mapToLong((row) -> ((Number) row.get(1)).longValue())
			.findFirst()
			.orElseThrow();
	}

	private void logEngagement(long stakeholder, LocalDate on) {
		this.jdbc.update("""
				insert into engagement (stakeholder_id, occurred_on, type, summary, logged_by, logged_at)
				values (?, ?, 'MEETING', '集計の確認', 'test', now())""", stakeholder, on);
	}

}
