package org.cmooffice;

import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local profile's first start on an empty database, as a developer's `mvn
 * spring-boot:run` makes it: the demo office is complete and consistent.
 */
@SpringBootTest
@ActiveProfiles("local")
class DemoDataIntegrationTests {

	private static EmbeddedPostgres emptyDatabase;

	@DynamicPropertySource
	static void emptyDatabase(DynamicPropertyRegistry registry) throws Exception {
		emptyDatabase = EmbeddedPostgres.builder().start();
		// A database given: the local profile starts nothing embedded of its own.
		registry.add("spring.datasource.url", () -> emptyDatabase.getJdbcUrl("postgres", "postgres"));
	}

	@AfterAll
	static void stop() throws Exception {
		emptyDatabase.close();
	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.cmooffice.analytics.Analytics analytics;

	/**
	 * The analytics figures of the demo office agree with what the demo data holds,
	 * counted here directly.
	 */
	@Test
	@org.springframework.security.test.context.support.WithMockUser(roles = "ANALYST")
	void theAnalyticsFiguresAgreeWithTheDemoData() {
		org.cmooffice.shared.FiscalYear year = org.cmooffice.shared.FiscalYear
			.current(java.time.Clock.systemDefaultZone());
		java.util.Map<String, org.cmooffice.analytics.AnalyticsTable> tables = new java.util.HashMap<>();
		this.analytics.tables(year, java.util.Locale.ENGLISH).forEach((t) -> tables.put(t.key(), t));

		assertThat(sum(tables.get("stakeholdersByQuadrant"), 1)).isEqualTo(30);
		assertThat(sum(tables.get("plansByStatus"), 1)).isEqualTo(this.jdbc
			.queryForObject("select count(*) from campaign_plan where fiscal_year = ?", Long.class, year.year()));
		assertThat(tables.get("budgetByDepartment").rows())
			.anySatisfy((row) -> assertThat(row).containsSequence("Health and Welfare Department", "12,000,000"));
		assertThat(tables.get("rumoursByFactCheck").rows()).extracting((row) -> row.get(0))
			.contains("False", "Misleading");
		assertThat(tables.get("kpiAttainment").rows()).hasSize(this.jdbc.queryForObject(
				"select count(*) from strategy_kpi k join strategy_objective o on o.id = k.objective_id"
						+ " join strategy s on s.id = o.strategy_id where s.status = 'ACTIVE' and s.fiscal_year = ?",
				Integer.class, year.year()));
		assertThat(sum(tables.get("engagementsByMonth"), 1))
			.isEqualTo(this.jdbc.queryForObject("select count(*) from engagement where occurred_on between ? and ?",
					Long.class, year.start(), year.end()));
	}

	private static long sum(org.cmooffice.analytics.AnalyticsTable table, int column) {
		return table.rows().stream().mapToLong((row) -> Long.parseLong(row.get(column).replace(",", ""))).sum();
	}

	@Test
	void theDemoOfficeHasItsDepartmentsAccountsAndPlans() {
		assertThat(this.jdbc.queryForList("select code from department order by code", String.class))
			.containsExactly("DISASTER", "EDU", "ENV", "HEALTH", "TOURISM");
		assertThat(this.jdbc.queryForList("select username from app_user order by username", String.class))
			.containsExactly("admin", "analyst", "cmo", "liaison.health", "liaison.tourism", "staff");
		for (Map<String, Object> row : this.jdbc
			.queryForList("select d.code, count(p.id) as plans from department d left join campaign_plan p"
					+ " on p.department_id = d.id group by d.code")) {
			assertThat(((Number) row.get("plans")).intValue()).as(row.get("code").toString()).isGreaterThanOrEqualTo(3);
		}
		List<String> statuses = this.jdbc.queryForList("select distinct status from campaign_plan", String.class);
		assertThat(statuses).contains("DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED", "REJECTED", "WITHDRAWN",
				"ACTIVE", "COMPLETED");
		assertThat(this.jdbc
			.queryForObject("select count(*) from campaign_plan p where not exists (select 1 from campaign_plan_event e"
					+ " where e.plan_id = p.id and e.kind = 'CREATED')", Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from campaign_plan_event where actor is null", Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from blackout_period", Long.class)).isPositive();
		assertThat(this.jdbc.queryForObject("select count(*) from strategy where status = 'ACTIVE'", Long.class))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from strategy_objective o join strategy s"
				+ " on s.id = o.strategy_id where s.status = 'ACTIVE'", Long.class))
			.isBetween(3L, 4L);
		assertThat(this.jdbc.queryForObject("select count(*) from kpi_measurement", Long.class)).isPositive();
		assertThat(this.jdbc.queryForObject("select count(distinct plan_id) from campaign_plan_objective", Long.class))
			.isGreaterThanOrEqualTo(3);
		// Something for each reviewer to do, and an evaluation owed.
		assertThat(this.jdbc.queryForObject(
				"select count(*) from campaign_plan where status = 'SUBMITTED'" + " and recommended_at is not null",
				Long.class))
			.isPositive();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from campaign_plan where status = 'ACTIVE' and end_date < current_date", Long.class))
			.isPositive();
		// The brand book: edition 2 in force, so history and the difference show, with a
		// colour that fails the text contrast minimum, and the checklist the demo reviews
		// ticked.
		assertThat(this.jdbc.queryForList("select number from brand_edition where status = 'PUBLISHED' order by number",
				Integer.class))
			.containsExactly(1, 2);
		assertThat(this.jdbc.queryForList(
				"select c.hex from brand_colour c join brand_edition e on e.id = c.edition_id" + " where e.number = 2",
				String.class))
			.contains("#C8C8C8");
		assertThat(this.jdbc.queryForObject("select count(*) from campaign_plan_check k where not exists (select 1"
				+ " from brand_check_item i join brand_edition e on e.id = i.edition_id where e.number = 2"
				+ " and i.code = k.item)", Long.class))
			.isZero(); // Thirty stakeholders with engagements, on every quadrant of the
						// grid.
		assertThat(this.jdbc.queryForObject("select count(*) from stakeholder", Long.class)).isEqualTo(30);
		assertThat(this.jdbc.queryForObject("select count(*) from engagement", Long.class)).isGreaterThanOrEqualTo(10);
		assertThat(this.jdbc.queryForObject("select count(distinct (influence >= 3, interest >= 3)) from stakeholder",
				Long.class))
			.isEqualTo(4);
		// One open severity-3 incident with its timeline, an approved statement and
		// rumours.
		assertThat(this.jdbc
			.queryForObject("select count(*) from crisis_incident where status = 'OPEN' and severity = 3", Long.class))
			.isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from holding_statement_version v join holding_statement s"
				+ " on s.id = v.statement_id where s.incident_id is not null", Long.class))
			.isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from rumour where incident_id is not null", Long.class))
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select count(*) from crisis_timeline_entry", Long.class))
			.isGreaterThanOrEqualTo(4);
	}

}
