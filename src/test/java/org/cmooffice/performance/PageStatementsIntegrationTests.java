package org.cmooffice.performance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.cmooffice.IntegrationTest;
import org.cmooffice.StatementCount;
import org.cmooffice.account.AccountFixtures;
import org.cmooffice.account.Department;
import org.cmooffice.account.User;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.cmooffice.stakeholder.StakeholderSort;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every main page runs the same number of SQL statements with 10 rows of what it lists as
 * with 1,000: lists page in the database, details load their children in bulk, nothing
 * runs a query per row. A page that starts doing so fails here, whoever wrote it. (The
 * statements are counted on the pool: Hibernate's, JdbcTemplate's and Spring Session's
 * alike.) And with 1,000 rows, each of the page's statements is explained again
 * ({@link PagePlans}): one that would read a table growing with the years whole, for want
 * of an index, fails here too.
 */
@IntegrationTest
class PageStatementsIntegrationTests {

	private static final int FEW = 10;

	private static final int MANY = 1_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	Department department;

	User staffUser;

	CurrentUser staff;

	CurrentUser cmo;

	CurrentUser liaison;

	CurrentUser analyst;

	CurrentUser admin;

	String marker;

	/** Numbers each batch of rows, for names that must be unique. */
	int batch;

	@BeforeEach
	void office() {
		this.department = this.accounts.department(1_000_000_000L);
		this.staffUser = this.accounts.user(Role.STAFF);
		this.staff = AccountFixtures.signedIn(this.staffUser);
		this.cmo = AccountFixtures.signedIn(this.accounts.user(Role.CMO));
		this.liaison = AccountFixtures.signedIn(this.accounts.liaison(this.department));
		this.analyst = AccountFixtures.signedIn(this.accounts.user(Role.ANALYST));
		this.admin = AccountFixtures.signedIn(this.accounts.user(Role.ADMIN));
		this.marker = AccountFixtures.unique("件数");
	}

	@Test
	void theCampaignListsAndCalendar() throws Exception {
		Growth plans = (n) -> plans(n);
		assertBounded(plans, this.staff, "/campaigns?q=" + this.marker, this.marker);
		assertBounded(plans, this.liaison, "/campaigns?q=" + this.marker, this.marker);
		assertBounded(plans, this.staff, "/campaigns?sort=BUDGET&q=" + this.marker, this.marker);
		assertBounded(plans, this.staff, "/campaigns/calendar", null);
	}

	@Test
	void aCampaignPlanWithItsBudgetLinesKpisAndHistory() throws Exception {
		long plan = plans(1);
		assertBounded((n) -> {
			this.jdbc.update("""
					insert into campaign_budget_line (plan_id, position, item, channel, amount_jpy)
					select ?, coalesce((select max(position) from campaign_budget_line where plan_id = ?), 0) + g,
					       '制作費 ' || g, 'WEBSITE', 10000
					from generate_series(1, ?) g""", plan, plan, n);
			this.jdbc.update("""
					insert into campaign_kpi (plan_id, position, metric, unit, target)
					select ?, coalesce((select max(position) from campaign_kpi where plan_id = ?), 0) + g,
					       '閲覧数 ' || g, '回', 1000 from generate_series(1, ?) g""", plan, plan, n);
			this.jdbc.update("""
					insert into campaign_plan_event (plan_id, occurred_at, actor, kind, note)
					select ?, now() - g * interval '1 minute', 'staff', 'COMMENTED', 'コメント ' || g
					from generate_series(1, ?) g""", plan, n);
		}, this.staff, "/campaigns/" + plan, "制作費");
	}

	@Test
	void theStakeholderRegisterGridAndFollowUps() throws Exception {
		Growth stakeholders = (n) -> stakeholders(n);
		assertBounded(stakeholders, this.staff, "/stakeholders?q=" + this.marker, this.marker);
		assertBounded(stakeholders, this.analyst, "/stakeholders?q=" + this.marker, this.marker);
		assertBounded(stakeholders, this.staff, "/stakeholders/grid?q=" + this.marker, this.marker);
		assertBounded(stakeholders, this.liaison, "/stakeholders", null);
	}

	@Test
	void aStakeholderWithItsEngagements() throws Exception {
		long stakeholder = stakeholders(1);
		assertBounded((n) -> this.jdbc.update("""
				insert into engagement (stakeholder_id, occurred_on, type, summary, follow_up_on, follow_up_action,
				                        logged_by, logged_at)
				select ?, current_date - g, 'MEETING', '意見交換 ' || g, current_date + g, '資料送付', 'staff', now()
				from generate_series(1, ?) g""", stakeholder, n), this.staff, "/stakeholders/" + stakeholder, "意見交換");
		assertBounded((n) -> {
		}, this.staff, "/stakeholders/follow-ups", null);
		assertBounded((n) -> plans(n), this.liaison, "/stakeholders/" + stakeholder + "/engagements/new", this.marker);
	}

	@Test
	void theCrisisPagesAndRumours() throws Exception {
		assertBounded(this::incidents, this.staff, "/crisis", this.marker);
		long incident = incidents(1);
		assertBounded((n) -> this.jdbc.update("""
				insert into crisis_timeline_entry (incident_id, occurred_at, author, kind, text)
				select ?, now() - g * interval '1 minute', 'staff', 'NOTE', '経過 ' || g
				from generate_series(1, ?) g""", incident, n), this.staff, "/crisis/" + incident, "経過");
		assertBounded((n) -> this.jdbc.update("""
				insert into rumour (incident_id, claim, first_seen, channel, fact_check, response, response_status,
				                    created_at, created_by, modified_at, modified_by)
				select ?, ? || ' 噂 ' || g, current_date, 'SNS', 'UNVERIFIED', 'NONE', 'PLANNED', now(), 'staff',
				       now(), 'staff'
				from generate_series(1, ?) g""", incident, this.marker, n), this.staff, "/crisis/rumours", this.marker);
	}

	@Test
	void theAuditLogTheUserListAndNotifications() throws Exception {
		assertBounded((n) -> this.jdbc.update("""
				insert into audit_event (occurred_at, actor, action, entity_type, entity_id, summary, client_address)
				select now(), ?, 'CAMPAIGN_EDITED', 'CAMPAIGN_PLAN', g::text, '編集 ' || g, '10.0.0.1'
				from generate_series(1, ?) g""", this.marker, n), this.admin, "/admin/audit", this.marker);
		assertBounded(this::users, this.admin, "/admin/users?q=" + this.marker, this.marker);
		assertBounded((n) -> this.jdbc.update("""
				insert into notification (recipient_id, message_key, arguments, link, created_at)
				select ?, 'notification.campaign.approved', ? || g || chr(31) || '観光課', '/campaigns', now()
				from generate_series(1, ?) g""", this.staffUser.getId(), this.marker, n), this.staff, "/notifications",
				this.marker);
	}

	@Test
	void homeAnalyticsAndSearchForEveryRole() throws Exception {
		Growth everything = (n) -> {
			plans(n);
			stakeholders(n);
			incidents(n);
		};
		for (CurrentUser user : new CurrentUser[] { this.cmo, this.staff, this.liaison, this.analyst, this.admin }) {
			assertBounded(everything, user, "/", null);
		}
		assertBounded(everything, this.analyst, "/analytics", null);
		assertBounded(everything, this.staff, "/search?q=" + this.marker, this.marker);
	}

	/**
	 * Most Japanese words are two characters, too short for the trigram indexes: a search
	 * for one across the office reaches its rows through the two-character (bigram) index
	 * of each text it searches, and reads no large table whole. A liaison's search of the
	 * register finds the word and the department together in that index; the department's
	 * plans and incidents, a few hundred, it may read from the department's own instead:
	 * PostgreSQL chooses by the rows at hand.
	 */
	@Test
	void aSearchForATwoCharacterWordUsesTheTwoCharacterIndexes() throws Exception {
		plans(FEW);
		stakeholders(FEW);
		incidents(FEW);
		String plans = "campaign_plan_title_bigram_idx";
		String stakeholders = "stakeholder_search_bigram_department_idx";
		String[] incidents = { "crisis_incident_title_bigram_idx", "crisis_incident_description_bigram_idx" };
		String rumours = "rumour_claim_bigram_idx";
		for (CurrentUser user : new CurrentUser[] { this.staff, this.analyst }) {
			assertSearchedByPairs(user, "/campaigns?q=広報", plans);
			assertSearchedByPairs(user, "/stakeholders?q=協会", stakeholders);
			assertSearchedByPairs(user, "/stakeholders/grid?q=協会", stakeholders);
			assertSearchedByPairs(user, "/search?q=協会", plans, stakeholders, incidents[0], incidents[1], rumours);
		}
		assertSearchedByPairs(this.liaison, "/campaigns?q=広報");
		for (String path : new String[] { "/stakeholders?q=協会", "/stakeholders/grid?q=協会", "/search?q=協会" }) {
			assertThat(assertSearchedByPairs(this.liaison, path, stakeholders).indexConditions())
				.as("the word and the department together in %s", path)
				.anyMatch((condition) -> condition.startsWith(stakeholders) && condition.contains("department_ids"));
		}
	}

	/**
	 * The register reads each of its orders from an index in that order, and counts a
	 * stance from its own: sorted by last engagement or last change, every page read and
	 * sorted the large office's 100,000 entries (111 ms), and a stance's count read the
	 * table until it had 10,001 (V35).
	 */
	@Test
	void theRegisterReadsEachOfItsOrdersFromAnIndex() throws Exception {
		stakeholders(FEW);
		// By influence, the grid's index of the pairs of levels also serves, each pair
		// sorted
		// by kana: PostgreSQL takes it for a few rows.
		Map<String, List<String>> orders = Map.of("KANA", List.of("stakeholder_kana_idx"), "NAME",
				List.of("stakeholder_name_idx"), "INFLUENCE",
				List.of("stakeholder_influence_idx", "stakeholder_grid_idx"), "LAST_ENGAGED",
				List.of("stakeholder_last_engaged_idx"), "UPDATED", List.of("stakeholder_modified_idx"));
		assertThat(orders.keySet()).containsExactlyInAnyOrderElementsOf(
				Stream.of(StakeholderSort.values()).map(StakeholderSort::name).toList());
		for (Map.Entry<String, List<String>> order : orders.entrySet()) {
			String path = "/stakeholders?sort=" + order.getKey();
			PagePlans plans = PagePlans.of(this.dataSource, StatementCount.recording(() -> page(this.staff, path)));
			assertThat(plans.indexesUsed()).as("indexes %s reads", path).containsAnyElementsOf(order.getValue());
		}
		String stance = "/stakeholders?stance=OPPOSED";
		assertThat(PagePlans.of(this.dataSource, StatementCount.recording(() -> page(this.staff, stance)))
			.indexConditions()).as("indexes %s searches", stance)
			.anyMatch((condition) -> condition.startsWith("stakeholder_stance_idx"));
	}

	/**
	 * Counts that visit every match of a department (the grid's counts, a liaison's count
	 * of one stance) find the department's entries through the list on each row and its
	 * index: joined to the links, PostgreSQL read the whole register instead (on the
	 * large office a department's grid counts took 24 ms, 11 ms so; a liaison's count of
	 * one stance 55 ms, 12 ms so). With the test's few rows the stance's own index serves
	 * the latter as well, so the grid is what is checked here.
	 */
	@Test
	void aDepartmentsCountsFindItsEntriesThroughTheListOnEachRow() throws Exception {
		stakeholders(FEW);
		String index = "stakeholder_search_bigram_department_idx";
		String ofTheDepartment = "/stakeholders/grid?departmentId=" + this.department.getId();
		for (String path : new String[] { "/stakeholders/grid", ofTheDepartment }) {
			CurrentUser user = path.equals(ofTheDepartment) ? this.staff : this.liaison;
			PagePlans plans = PagePlans.searched(this.dataSource, StatementCount.recording(() -> page(user, path)));
			assertThat(plans.indexConditions()).as("indexes %s searches", path)
				.anyMatch((condition) -> condition.startsWith(index) && condition.contains("department_ids"));
		}
	}

	/**
	 * Each filter of the audit log reads its own index in the log's order and stops after
	 * the page: no sort, and no walk through newer events of others. On the large office
	 * the filter by action walked 44,019 events for twenty sign-ins, the filter by record
	 * 261,009, and a name prefix could use no index at all (V34).
	 */
	@Test
	void theAuditLogsFiltersReadTheirIndexesInTheLogsOrder() throws Exception {
		String others = "other-" + this.marker;
		this.jdbc.update("""
				insert into audit_event (occurred_at, actor, action, entity_type, entity_id, summary)
				select now() - g * interval '1 second', ?, 'CAMPAIGN_EDITED', 'CAMPAIGN_PLAN', g::text, '編集 ' || g
				from generate_series(1, 20000) g""", others);
		for (String who : new String[] { "-a", "-b" }) {
			this.jdbc.update("""
					insert into audit_event (occurred_at, actor, action, entity_type, entity_id, summary)
					select now() - interval '1 day' - g * interval '1 minute', ?, 'BUDGET_ALLOCATED',
					       'BLACKOUT_PERIOD', g::text, ? || ' 予算 ' || g
					from generate_series(1, 30) g""", this.marker + who, this.marker);
		}
		this.jdbc.execute("analyze audit_event");
		String action = "audit_event_action_idx";
		String actor = "audit_event_actor_idx";
		assertReadInOrder("/admin/audit?action=BUDGET_ALLOCATED", action);
		assertReadInOrder("/admin/audit?entityType=BLACKOUT_PERIOD", "audit_event_entity_type_idx");
		assertReadInOrder("/admin/audit?actor=" + this.marker + "-A", actor);
		assertReadInOrder("/admin/audit?actor=" + this.marker + "-", actor);
		// Two filters together may sort what both find, which is no more than either.
	}

	private void assertReadInOrder(String path, String index) throws Exception {
		List<StatementCount.Run> runs = StatementCount.recording(() -> assertThat(page(this.admin, path)).as(path)
			.contains(this.marker + " 予算 1<")
			.doesNotContain("編集 1<"));
		PagePlans plans = PagePlans.of(this.dataSource, runs);
		assertThat(plans.tablesReadWhole()).as("tables that %s reads whole", path).isEmpty();
		assertThat(plans.sorts()).as("sorts of the log by %s", path).noneMatch((sort) -> sort.contains("audit_event"));
		assertThat(plans.indexConditions()).as("indexes %s searches", path)
			.anyMatch((condition) -> condition.startsWith(index));
	}

	private PagePlans assertSearchedByPairs(CurrentUser user, String path, String... indexes) throws Exception {
		PagePlans plans = PagePlans.searched(this.dataSource, StatementCount.recording(() -> page(user, path)));
		assertThat(plans.tablesReadWhole()).as("tables that %s reads whole", path).isEmpty();
		assertThat(plans.indexesUsed()).as("indexes %s reads", path).containsAll(List.of(indexes));
		return plans;
	}

	/** Some rows more of what a page lists. */
	@FunctionalInterface
	interface Growth {

		void add(int rows);

	}

	/**
	 * The page's statements with {@value #FEW} rows and with {@value #MANY}: the same.
	 * Where a text is given, the page must show it (the rows really are on it).
	 */
	private void assertBounded(Growth growth, CurrentUser user, String path, String shown) throws Exception {
		growth.add(FEW);
		page(user, path);
		long few = statements(user, path, shown);
		growth.add(MANY - FEW);
		long[] many = new long[1];
		List<StatementCount.Run> runs = StatementCount.recording(() -> many[0] = statements(user, path, shown));
		// Spring Data leaves the count out while every row fits on the first page: one
		// statement more at most, never one per row.
		assertThat(many[0]).as("statements of %s with %d rows and with %d", path, FEW, MANY).isBetween(few, few + 1);
		assertThat(PagePlans.of(this.dataSource, runs).tablesReadWhole()).as("tables that %s reads whole", path)
			.isEmpty();
	}

	private long statements(CurrentUser user, String path, String shown) throws Exception {
		long before = StatementCount.total();
		String content = page(user, path);
		long statements = StatementCount.total() - before;
		if (shown != null) {
			assertThat(content).as(path).contains(shown);
		}
		return statements;
	}

	private String page(CurrentUser user, String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(user(user))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * Plans of the department in this fiscal year, each with a budget line, channel and
	 * event.
	 */
	private long plans(int n) {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
		int fiscalYear = (today.getMonthValue() >= 4) ? today.getYear() : today.getYear() - 1;
		long first = this.jdbc.queryForObject("""
				with created as (
				  insert into campaign_plan (department_id, title, objective, start_date, end_date, fiscal_year, status,
				                             total_budget_jpy, created_at, created_by, modified_at, modified_by)
				  select ?, ? || ' 広報計画 ' || g, '認知の向上', ?, ?, ?,
				         (array['DRAFT', 'SUBMITTED', 'APPROVED', 'ACTIVE', 'COMPLETED'])[1 + g % 5], 100000 * g,
				         now(), 'test', now(), 'test'
				  from generate_series(1, ?) g
				  returning id)
				select min(id) from created""", Long.class, this.department.getId(), this.marker, today,
				today.plusDays(30), fiscalYear, n);
		this.jdbc.update("""
				insert into campaign_budget_line (plan_id, position, item, channel, amount_jpy)
				select id, 1, '広告費', 'WEBSITE', total_budget_jpy from campaign_plan where id >= ? and title like ?""",
				first, this.marker + "%");
		this.jdbc.update("""
				insert into campaign_plan_channel (plan_id, channel)
				select id, 'WEBSITE' from campaign_plan where id >= ? and title like ?""", first, this.marker + "%");
		this.jdbc.update("""
				insert into campaign_plan_event (plan_id, occurred_at, actor, kind, note)
				select id, now(), 'test', 'CREATED', null from campaign_plan where id >= ? and title like ?""", first,
				this.marker + "%");
		return first;
	}

	/**
	 * Organisations owned by the staff member, each shared with the department and
	 * tagged.
	 */
	private long stakeholders(int n) {
		long first = this.jdbc.queryForObject("""
				with created as (
				  insert into stakeholder (kind, category, name, name_kana, influence, interest, stance, owner_id,
				                           search_text, created_at, created_by, modified_at, modified_by)
				  select 'ORGANISATION', (array['MEDIA', 'NPO', 'ACADEMIC', 'BUSINESS'])[1 + g % 4],
				         ? || ' 協会 ' || ? || '-' || g, 'キョウカイ', 1 + g % 5, 1 + (g / 5) % 5,
				         (array['SUPPORTIVE', 'NEUTRAL', 'OPPOSED'])[1 + g % 3], ?, ? || ' 協会 ' || g,
				         now(), 'test', now(), 'test'
				  from generate_series(1, ?) g
				  returning id)
				select min(id) from created""", Long.class, this.marker, ++this.batch, this.staffUser.getId(),
				this.marker, n);
		this.jdbc.update("""
				insert into stakeholder_department (stakeholder_id, department_id)
				select id, ? from stakeholder where id >= ? and name like ?""", this.department.getId(), first,
				this.marker + "%");
		this.jdbc.update("""
				insert into stakeholder_tag (stakeholder_id, tag)
				select id, '報道' from stakeholder where id >= ? and name like ?""", first, this.marker + "%");
		return first;
	}

	/**
	 * Open incidents of low severity: serious ones would fill every other test's crisis
	 * banner.
	 */
	private long incidents(int n) {
		long first = this.jdbc.queryForObject("""
				with created as (
				  insert into crisis_incident (title, description, severity, status, scenario, owner_id, opened_at,
				                               created_at, created_by, modified_at, modified_by)
				  select ? || ' 事案 ' || g, '経緯', 1 + g % 2, 'OPEN', 'MISINFORMATION', ?, now(),
				         now(), 'test', now(), 'test'
				  from generate_series(1, ?) g
				  returning id)
				select min(id) from created""", Long.class, this.marker, this.staffUser.getId(), n);
		this.jdbc.update("""
				insert into crisis_incident_department (incident_id, department_id)
				select id, ? from crisis_incident where id >= ? and title like ?""", this.department.getId(), first,
				this.marker + "%");
		return first;
	}

	private void users(int n) {
		this.jdbc.update("""
				with created as (
				  insert into app_user (username, display_name, password_hash, department_id, created_at, created_by,
				                        modified_at, modified_by)
				  select ? || '.' || g, ? || ' 職員 ' || g, '{noop}x', ?, now(), 'test', now(), 'test'
				  from generate_series((select count(*) from app_user where username like ? || '.%') + 1,
				                       (select count(*) from app_user where username like ? || '.%') + ?) g
				  returning id)
				insert into user_role (user_id, role) select id, 'STAFF' from created""", this.marker, this.marker,
				this.department.getId(), this.marker, this.marker, n);
	}

}
