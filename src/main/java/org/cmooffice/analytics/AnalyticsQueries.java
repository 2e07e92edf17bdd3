package org.cmooffice.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cmooffice.analytics.Dataset.Column;
import org.cmooffice.shared.Bilingual;
import org.cmooffice.shared.FiscalYear;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every figure of the analytics page, aggregated by SQL in the database: one statement
 * per dataset whatever the number of rows behind it. The plans' figures add up the kept
 * tallies (campaign_plan_tally, campaign_channel_tally), exact by their triggers: counted
 * from the plans they read a whole fiscal year's, about 6 ms a page on a large office.
 */
@Repository
class AnalyticsQueries {

	/** Datasets in the order the page shows them. */
	static final List<String> KEYS = List.of("plansByStatus", "plansByDepartment", "budgetByDepartment",
			"kpiAttainment", "engagementsByMonth", "engagementsByCategory", "stakeholdersByQuadrant",
			"incidentsByMonth", "rumoursByFactCheck", "channelMix");

	/** The states of a plan the office has said yes to. */
	private static final List<String> DECIDED = List.of("APPROVED", "ACTIVE", "COMPLETED");

	/**
	 * The first day not in {@link EngagementRollup}'s counts: the days before it are read
	 * from the roll-up's monthly rows, the rest counted live (all of it before the first
	 * refresh).
	 */
	private static final String ROLLUP_BOUNDARY = """
			select coalesce((select covers_before from engagement_rollup_state where id = 1), date '0001-01-01')
			       as before""";

	private final NamedParameterJdbcTemplate jdbc;

	AnalyticsQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Dataset dataset(String key, FiscalYear year, Locale locale) {
		Map<String, Object> params = Map.of("year", year.year(), "start", year.start(), "end", year.end(), "decided",
				DECIDED);
		switch (key) {
			case "plansByStatus":
				return new Dataset(key, "bar",
						List.of(Column.code("analytics.col.status", "campaign.status."),
								Column.number("analytics.col.plans")),
						rows("""
								select t.status, cast(sum(t.plans) as bigint) from campaign_plan_tally t
								where t.fiscal_year = :year
								group by t.status having sum(t.plans) > 0 order by sum(t.plans) desc, t.status""",
								params, 2));
			case "plansByDepartment":
				return new Dataset(key, "bar",
						List.of(Column.label("analytics.col.department"), Column.number("analytics.col.plans"),
								Column.number("analytics.col.decided")),
						departmentRows("""
								select d.name_ja, d.name_en, cast(coalesce(sum(t.plans), 0) as bigint),
								  cast(coalesce(sum(t.plans) filter (where t.status in (:decided)), 0) as bigint)
								from department d
								left join campaign_plan_tally t on t.department_id = d.id and t.fiscal_year = :year
								where d.active group by d.id, d.name_ja, d.name_en, d.code order by d.code""", params,
								2, locale));
			case "budgetByDepartment":
				return new Dataset(key, "bar",
						List.of(Column.label("analytics.col.department"), Column.number("analytics.col.allocation"),
								Column.number("analytics.col.planned"), Column.number("analytics.col.approved"),
								Column.number("analytics.col.completed")),
						departmentRows(
								"""
										select d.name_ja, d.name_en, coalesce(b.amount_jpy, 0),
										  cast(coalesce(sum(t.budget_jpy) filter (where t.status not in ('WITHDRAWN', 'REJECTED')),
										                0) as bigint),
										  cast(coalesce(sum(t.budget_jpy) filter (where t.status in (:decided)), 0) as bigint),
										  cast(coalesce(sum(t.budget_jpy) filter (where t.status = 'COMPLETED'), 0) as bigint)
										from department d
										left join department_budget b on b.department_id = d.id and b.fiscal_year = :year
										left join campaign_plan_tally t on t.department_id = d.id and t.fiscal_year = :year
										where d.active
										group by d.id, d.name_ja, d.name_en, d.code, b.amount_jpy order by d.code""",
								params, 4, locale));
			case "kpiAttainment":
				return new Dataset(key, "bar",
						List.of(Column.label("analytics.col.kpi"), Column.number("analytics.col.baseline"),
								Column.number("analytics.col.target"), Column.number("analytics.col.current"),
								Column.number("analytics.col.attainment")),
						rows("""
								select o.title || ' — ' || k.name, k.baseline, k.target, m.value,
								  case when m.value is null or k.target = k.baseline then null
								       else round((m.value - k.baseline) * 100 / (k.target - k.baseline), 1) end
								from strategy s join strategy_objective o on o.strategy_id = s.id
								join strategy_kpi k on k.objective_id = o.id
								left join lateral (select value from kpi_measurement x where x.kpi_id = k.id
								                   order by x.measured_on desc, x.id desc limit 1) m on true
								where s.fiscal_year = :year and s.status = 'ACTIVE'
								order by o.position, k.position""", params, 5));
			case "engagementsByMonth":
				return new Dataset(key, "line",
						List.of(Column.label("analytics.col.month"), Column.number("analytics.col.engagements")),
						rows("""
								with boundary as (""" + ROLLUP_BOUNDARY
								+ """
										)
										select to_char(m, 'YYYY-MM'), coalesce(r.n, 0) + coalesce(l.n, 0)
										from generate_series(cast(:start as date), cast(:end as date), interval '1 month') m
										left join (select month, sum(engagements) as n from engagement_month_rollup
										           where month < (select before from boundary) group by month) r on r.month = m
										left join (select date_trunc('month', occurred_on) as month, count(*) as n from engagement
										           where occurred_on >= greatest(cast(:start as date), (select before from boundary))
										             and occurred_on <= :end
										           group by 1) l on l.month = m
										order by m""",
								params, 2));
			case "engagementsByCategory":
				return new Dataset(key, "bar",
						List.of(Column.code("analytics.col.category", "stakeholder.category."),
								Column.number("analytics.col.engagements")),
						rows("""
								with boundary as (""" + ROLLUP_BOUNDARY
								+ """
										)
										select category, sum(n)::bigint from (
										  select category, engagements as n from engagement_month_rollup
										  where month between :start and :end and month < (select before from boundary)
										  union all
										  select s.category, count(*) from engagement e join stakeholder s on s.id = e.stakeholder_id
										  where e.occurred_on >= greatest(cast(:start as date), (select before from boundary))
										    and e.occurred_on <= :end
										  group by s.category) counted
										group by category order by sum(n) desc, category""",
								params, 2));
			case "stakeholdersByQuadrant":
				// Read from the counts kept per pair of levels (V24).
				return new Dataset(key, "doughnut",
						List.of(Column.code("analytics.col.quadrant", "stakeholder.quadrant."),
								Column.number("analytics.col.stakeholders")),
						rows("""
								select case when influence >= 3 and interest >= 3 then 'MANAGE_CLOSELY'
								            when influence >= 3 then 'KEEP_SATISFIED'
								            when interest >= 3 then 'KEEP_INFORMED' else 'MONITOR' end q, cast(sum(n) as bigint)
								from (select influence, interest, sum(stakeholders) n from stakeholder_level_count
								      group by influence, interest having sum(stakeholders) > 0) levels
								group by q order by q""",
								params, 2));
			case "incidentsByMonth":
				return new Dataset(key, "bar",
						List.of(Column.label("analytics.col.month"), Column.number("analytics.col.severity1"),
								Column.number("analytics.col.severity2"), Column.number("analytics.col.severity3"),
								Column.number("analytics.col.severity4"), Column.number("analytics.col.rumours")),
						rows("""
								select to_char(m, 'YYYY-MM'),
								  count(i.id) filter (where i.severity = 1), count(i.id) filter (where i.severity = 2),
								  count(i.id) filter (where i.severity = 3), count(i.id) filter (where i.severity = 4),
								  coalesce(r.rumours, 0)
								from generate_series(cast(:start as date), cast(:end as date), interval '1 month') m
								left join (select month, cast(sum(rumours) as bigint) as rumours from rumour_count
								           where month between :start and :end group by month) r on r.month = m
								left join crisis_incident i on i.opened_at >= m and i.opened_at < m + interval '1 month'
								group by m, r.rumours order by m""", params, 6));
			case "rumoursByFactCheck":
				return new Dataset(key, "doughnut",
						List.of(Column.code("analytics.col.factCheck", "crisis.FactCheck."),
								Column.number("analytics.col.rumours")),
						rows("""
								select r.fact_check, cast(sum(r.rumours) as bigint) from rumour_count r where r.month between :start and :end
								group by r.fact_check having sum(r.rumours) > 0
								order by sum(r.rumours) desc, r.fact_check""",
								params, 2));
			case "channelMix":
				return new Dataset(key, "bar", List.of(Column.code("analytics.col.channel", "campaign.channel."),
						Column.number("analytics.col.plans")), rows("""
								select c.channel, cast(sum(c.plans) as bigint) from campaign_channel_tally c
								where c.fiscal_year = :year and c.status in (:decided)
								group by c.channel having sum(c.plans) > 0
								order by sum(c.plans) desc, c.channel""", params, 2));
			default:
				throw new IllegalArgumentException("No dataset " + key);
		}
	}

	private List<List<Object>> rows(String sql, Map<String, Object> params, int columns) {
		return this.jdbc.query(sql, params, (rs, i) -> row(rs, 1, columns));
	}

	/** The first two columns are the department's Japanese and English names. */
	private List<List<Object>> departmentRows(String sql, Map<String, Object> params, int numbers, Locale locale) {
		return this.jdbc.query(sql, params, (rs, i) -> {
			List<Object> row = new ArrayList<>();
			row.add(Bilingual.pick(locale, rs.getString(1), rs.getString(2)));
			row.addAll(row(rs, 3, numbers));
			return row;
		});
	}

	private static List<Object> row(ResultSet rs, int first, int count) throws SQLException {
		List<Object> row = new ArrayList<>(count);
		for (int i = first; i < first + count; i++) {
			row.add(rs.getObject(i));
		}
		return row;
	}

}
