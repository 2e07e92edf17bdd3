package org.cmooffice.reliability;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.cmooffice.audit.AuditAction;
import org.cmooffice.campaign.CampaignStatus;
import org.cmooffice.campaign.Channel;
import org.cmooffice.campaign.PlanEvent;
import org.cmooffice.stakeholder.StakeholderCategory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The large demo office at 1% of its volumes, as {@code --cmo.demo.size=large} writes it
 * on a first start: the local profile on its own empty PostgreSQL (the suite's shared
 * database is not empty), a whole instance on a real port, like the other tests here. The
 * counts are the scaled targets, every plan is complete, the data is skewed and seasonal
 * as a ministry's is, and the standard demo accounts sign in and see the lists.
 */
class LargeDemoOfficeTests {

	private static EmbeddedPostgres postgres;

	private static ConfigurableApplicationContext application;

	private static JdbcTemplate jdbc;

	@BeforeAll
	static void start() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
		application = Instances.start("local", postgres.getJdbcUrl("postgres", "postgres"), Map.of(),
				"--cmo.demo.size=large", "--cmo.demo.large.scale=0.01");
		jdbc = application.getBean(JdbcTemplate.class);
	}

	@AfterAll
	static void stop() throws Exception {
		if (application != null) {
			application.close();
		}
		postgres.close();
	}

	@Test
	void everyTableHasItsScaledNumberOfRows() {
		assertThat(count("department")).isEqualTo(30);
		assertThat(count("app_user")).isEqualTo(500);
		assertThat(count("campaign_plan")).isEqualTo(200);
		assertThat(count("stakeholder")).isEqualTo(1_000);
		assertThat(count("engagement")).isEqualTo(10_000);
		// And the sign-ins of the test that ran before.
		assertThat(count("audit_event")).isBetween(20_000L, 20_020L);
		assertThat(count("crisis_incident")).isEqualTo(50);
		assertThat(count("rumour")).isEqualTo(500);
		assertThat(count("department_budget")).isEqualTo(300);
		for (String role : List.of("ADMIN", "CMO", "STAFF", "LIAISON", "ANALYST")) {
			assertThat(jdbc.queryForObject("select count(*) from user_role where role = ?", Long.class, role)).as(role)
				.isPositive();
		}
		assertThat(jdbc.queryForObject(
				"select count(*) from department d where not exists (select 1 from app_user u"
						+ " join user_role r on r.user_id = u.id and r.role = 'LIAISON' where u.department_id = d.id)",
				Long.class))
			.as("departments without a liaison")
			.isZero();
		assertThat(count("stakeholder_department")).isGreaterThanOrEqualTo(1_000);
		assertThat(count("stakeholder_tag")).isPositive();
		assertThat(count("crisis_incident_department")).isGreaterThanOrEqualTo(50);
		// The sequences continue after the ids the generator gave.
		assertThat(jdbc.queryForObject("select nextval('campaign_plan_id_seq')", Long.class)).isGreaterThan(200);
	}

	@Test
	void everyPlanIsComplete() {
		assertThat(jdbc.queryForObject("select count(*) from campaign_plan p where not exists"
				+ " (select 1 from campaign_budget_line l where l.plan_id = p.id)", Long.class))
			.isZero();
		assertThat(jdbc.queryForObject(
				"select count(*) from campaign_plan p where not exists (select 1 from campaign_kpi k where k.plan_id = p.id)",
				Long.class))
			.isZero();
		assertThat(jdbc.queryForObject(
				"select count(*) from campaign_plan p where not exists"
						+ " (select 1 from campaign_plan_event e where e.plan_id = p.id and e.kind = 'CREATED')",
				Long.class))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from campaign_plan p where p.total_budget_jpy <>"
				+ " (select sum(amount_jpy) from campaign_budget_line l where l.plan_id = p.id)", Long.class))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from campaign_plan where status in ('APPROVED', 'ACTIVE',"
				+ " 'COMPLETED', 'REJECTED') and (decided_by is null or decided_at is null)", Long.class))
			.isZero();
		// Nothing is dated in the future, and the first event is the creation.
		assertThat(
				jdbc.queryForObject("select count(*) from campaign_plan_event where occurred_at > now()", Long.class))
			.isZero();
		assertThat(jdbc
			.queryForObject("select count(*) from campaign_plan_event e join campaign_plan p on p.id = e.plan_id"
					+ " where e.occurred_at < p.created_at", Long.class))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from campaign_plan_event e where e.kind = 'APPROVED' and"
				+ " e.occurred_at >= (select min(a.occurred_at) from campaign_plan_event a where a.plan_id = e.plan_id"
				+ " and a.kind = 'ACTIVATED')", Long.class))
			.as("approved after activation")
			.isZero();
	}

	@Test
	void theAuditTrailRecordsWhatTheRecordsSayHappened() {
		assertThat(
				jdbc.queryForObject("select count(*) from audit_event where entity_type = 'CAMPAIGN_PLAN'", Long.class))
			.isEqualTo(count("campaign_plan_event"));
		assertThat(
				jdbc.queryForObject("select count(*) from audit_event where action = 'ENGAGEMENT_LOGGED'", Long.class))
			.isEqualTo(count("engagement"));
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'STAKEHOLDER_CREATED'",
				Long.class))
			.isEqualTo(count("stakeholder"));
		assertThat(jdbc.queryForObject("select count(*) from audit_event where occurred_at > now()", Long.class))
			.isZero();
		// Written as the trail grew: ids follow times.
		assertThat(jdbc.queryForObject("select count(*) from (select occurred_at < lag(occurred_at) over (order by id)"
				+ " as earlier from audit_event where actor <> 'cmo' and actor <> 'liaison.health') x where earlier",
				Long.class))
			.isZero();
		// Engagements about a plan are about a plan of their time.
		assertThat(
				jdbc.queryForObject(
						"select count(*) from engagement e join campaign_plan p on p.id = e.campaign_plan_id"
								+ " where e.occurred_on not between p.start_date - 31 and p.start_date + 61",
						Long.class))
			.isZero();
	}

	@Test
	void draftsAndPendingPlansAreAllInTheCurrentYearAndOldYearsAreMostlyCompleted() {
		int current = jdbc.queryForObject("select max(fiscal_year) from campaign_plan", Integer.class);
		assertThat(jdbc.queryForObject("select count(*) from campaign_plan where status in ('DRAFT', 'SUBMITTED',"
				+ " 'CHANGES_REQUESTED') and fiscal_year <> ?", Long.class, current))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from campaign_plan where fiscal_year = ?", Long.class,
				current - 9))
			.isPositive();
		assertThat(jdbc.queryForObject("select avg(case when status = 'COMPLETED' then 1.0 else 0 end)"
				+ " from campaign_plan where fiscal_year < ?", Double.class, current - 1))
			.isGreaterThan(0.8);
	}

	@Test
	void aFewBigDepartmentsOwnMostPlansAndAprilStartsMoreThanAugust() {
		List<Long> perDepartment = jdbc.queryForList("select count(p.id) from department d left join campaign_plan p"
				+ " on p.department_id = d.id group by d.id order by 1", Long.class);
		long median = perDepartment.get(perDepartment.size() / 2);
		long biggest = perDepartment.get(perDepartment.size() - 1);
		assertThat(biggest).isGreaterThanOrEqualTo(3 * Math.max(median, 1));
		assertThat(perDepartment.subList(perDepartment.size() - 5, perDepartment.size())
			.stream()
			.mapToLong(Long::longValue)
			.sum()).isGreaterThan(count("campaign_plan") / 2);
		assertThat(startsIn(4)).isGreaterThan(startsIn(8));
		assertThat(startsIn(10)).isGreaterThan(startsIn(8));
	}

	@Test
	void theValuesAreTheApplicationsOwn() {
		assertThat(jdbc.queryForList("select distinct category from stakeholder", String.class))
			.isSubsetOf(names(StakeholderCategory.values()));
		assertThat(jdbc.queryForList("select distinct action from audit_event", String.class))
			.isSubsetOf(names(AuditAction.values()));
		assertThat(jdbc.queryForList("select distinct kind from campaign_plan_event", String.class))
			.isSubsetOf(names(PlanEvent.Kind.values()));
		assertThat(jdbc.queryForList("select distinct channel from campaign_plan_channel", String.class))
			.isSubsetOf(names(Channel.values()));
		assertThat(jdbc.queryForList("select distinct status from campaign_plan", String.class))
			.isSubsetOf(names(CampaignStatus.values()));
		// Names with their reading in katakana, found by the search as the application
		// finds them.
		assertThat(jdbc.queryForObject("select count(*) from stakeholder where name_kana !~ '^[ァ-ヶー・ A-Za-z—]+$'",
				Long.class))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from stakeholder where search_text ~ '[ぁ-ゖ]'", Long.class))
			.isZero();
		// People work on working days in office hours, Tokyo time (crises and the
		// system's jobs aside).
		assertThat(jdbc.queryForObject("select count(*) from audit_event where actor <> 'system'"
				+ " and action not like 'INCIDENT%' and (extract(isodow from occurred_at at time zone 'Asia/Tokyo') > 5"
				+ " or (occurred_at at time zone 'Asia/Tokyo')::time not between '08:30' and '19:30')", Long.class))
			.isZero();
	}

	@Test
	void theDemoAccountsSignInAndSeeTheLists() {
		int port = Instances.port(application);
		Instances.Browser browser = new Instances.Browser();
		assertThat(browser.signIn(port, "cmo", "demo-password").location()).endsWith("/");
		assertThat(browser.get(port, "/campaigns").status()).isEqualTo(200);
		assertThat(browser.get(port, "/stakeholders").status()).isEqualTo(200);
		Instances.Browser liaison = new Instances.Browser();
		assertThat(liaison.signIn(port, "liaison.health", "demo-password").location()).endsWith("/");
		assertThat(liaison.get(port, "/campaigns").status()).isEqualTo(200);
	}

	@Test
	void aSecondStartOnTheFilledDatabaseWritesNothing() throws Exception {
		long plans = count("campaign_plan");
		long users = count("app_user");
		ApplicationRunner generator = application.getBeansOfType(ApplicationRunner.class)
			.values()
			.stream()
			.filter((runner) -> runner.getClass().getSimpleName().startsWith("LargeOffice"))
			.findFirst()
			.orElseThrow();
		generator.run(new DefaultApplicationArguments());
		assertThat(count("campaign_plan")).isEqualTo(plans);
		assertThat(count("app_user")).isEqualTo(users);
	}

	private static long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private static long startsIn(int month) {
		return jdbc.queryForObject("select count(*) from campaign_plan where extract(month from start_date) = ?",
				Long.class, month);
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

}
