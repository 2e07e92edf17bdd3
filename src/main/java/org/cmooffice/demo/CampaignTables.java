package org.cmooffice.demo;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Ten years of campaign plans with their budget lines, channels, KPIs, milestones, risks
 * and timelines, then the departments' budgets that funded them.
 * <p>
 * A plan's history follows the workflow: created by a liaison of its department,
 * submitted, perhaps sent back and submitted again, checked and (above the delegated
 * limit) recommended by the office's staff, decided by staff or the CMO of the time,
 * activated by the system on its first day and closed with an evaluation. Plans whose
 * time is over are mostly completed; drafts and plans waiting for a decision are all in
 * the current fiscal year.
 */
final class CampaignTables {

	static final long PLANS = 20_000;

	/** The default delegated approval limit (V3): above it the CMO decides. */
	private static final long DELEGATED_LIMIT = 1_000_000;

	private CampaignTables() {
	}

	static String plans(Generation generation) {
		long plans = generation.scaled(PLANS);
		MapSqlParameterSource params = generation.params()
			.addValue("plans", plans)
			.addValue("delegatedLimit", DELEGATED_LIMIT);
		seeds(generation, params);
		params.addValue("checklist", generation.jdbc.queryForObject(
				"SELECT count(*) || '/' || count(*) FROM brand_check_item i JOIN brand_edition e ON e.id = i.edition_id"
						+ " WHERE e.number = (SELECT max(number) FROM brand_edition WHERE status = 'PUBLISHED')",
				String.class));
		generation.inChunks("campaign plans", plans, (from, to) -> {
			MapSqlParameterSource chunk = new MapSqlParameterSource(params.getValues()).addValue("from", from)
				.addValue("to", to);
			generation.update(PLAN, chunk);
			generation.update(CHANNELS, chunk);
			generation.update(BUDGET_LINES, chunk);
			generation.update(KPIS, chunk);
			generation.update(MILESTONES, chunk);
			generation.update(RISKS, chunk);
			generation.update(EVENTS, chunk);
			generation.update(CHECKS, chunk);
		});
		// The strategy of a plan's year (the standard demo's strategies, when there are
		// any) names the objectives most plans serve.
		generation.update("""
				INSERT INTO campaign_plan_objective (plan_id, objective_id)
				SELECT p.id, o.id
				FROM campaign_plan p
				CROSS JOIN LATERAL (
					SELECT o.id FROM strategy_objective o JOIN strategy s ON s.id = o.strategy_id
					WHERE s.fiscal_year = p.fiscal_year
					ORDER BY (o.id * 7919 + p.id) % 101 LIMIT 1
				) o
				WHERE p.id % 10 < 7""", params);
		return Generation.number(generation.count("campaign_plan")) + " plans, "
				+ Generation.number(generation.count("campaign_budget_line")) + " budget lines, "
				+ Generation.number(generation.count("campaign_kpi")) + " KPIs, "
				+ Generation.number(generation.count("campaign_plan_event")) + " events";
	}

	/**
	 * Every plan decided at once, before any is written: the ids follow the start dates
	 * (so that engagements can find the plans of their time), the budget decides who
	 * approves, and the phase of the schedule decides the status.
	 */
	private static void seeds(Generation generation, MapSqlParameterSource params) {
		generation.update(PLAN_SEEDS, params);
		generation.update(PLAN_ROWS, params);
	}

	private static final String PLAN = """
			INSERT INTO campaign_plan (id, department_id, title, objective, audience, strategy, start_date, end_date,
				fiscal_year, status, total_budget_jpy, submitted_at, recommended_by, recommended_at, decided_by, decided_at,
				evaluation, version, created_at, created_by, modified_at, modified_by)
			SELECT id, dept, title, objective, audience, strategy, start_date, end_date, fiscal_year, status, total,
				coalesce(resubmitted_at, submitted_at),
				CASE WHEN status NOT IN ('CHANGES_REQUESTED', 'WITHDRAWN') AND recommended_at IS NOT NULL THEN reviewer END,
				CASE WHEN status NOT IN ('CHANGES_REQUESTED', 'WITHDRAWN') THEN recommended_at END,
				decided_by, coalesce(approved_at, rejected_at), evaluation,
				num_nonnulls(edited_at, submitted_at, changes_at, resubmitted_at, checklist_at, recommended_at, approved_at,
					rejected_at, withdrawn_at, activated_at, completed_at),
				created_at, creator,
				greatest(created_at, edited_at, submitted_at, changes_at, resubmitted_at, checklist_at, recommended_at,
					approved_at, rejected_at, withdrawn_at, activated_at, completed_at),
				CASE WHEN completed_at IS NOT NULL THEN creator
					WHEN activated_at IS NOT NULL THEN 'system'
					WHEN approved_at IS NOT NULL OR rejected_at IS NOT NULL THEN decided_by
					WHEN withdrawn_at IS NOT NULL THEN creator
					WHEN changes_at IS NOT NULL AND resubmitted_at IS NULL THEN reviewer
					WHEN checklist_at IS NOT NULL THEN reviewer
					ELSE creator END
			FROM plan_row WHERE id BETWEEN :from AND :to""";

	private static final String CHANNELS = """
			INSERT INTO campaign_plan_channel (plan_id, channel)
			SELECT DISTINCT id, channel FROM (
				SELECT p.id, w.channel[c] AS channel
				FROM plan_row p CROSS JOIN unnest(p.channels) c
				WHERE p.id BETWEEN :from AND :to
				UNION ALL
				SELECT id, 'PRESS_RELEASE' FROM plan_row WHERE id BETWEEN :from AND :to AND r_press < 0.3
			) x""";

	private static final String BUDGET_LINES = """
			INSERT INTO campaign_budget_line (plan_id, position, item, channel, amount_jpy)
			SELECT p.id, u.k - 1, w.line_item[(u.c - 1) * 3 + 1 + floor(random() * 3)::int], w.channel[u.c], u.amount
			FROM plan_row p CROSS JOIN LATERAL unnest(p.channels, p.amounts) WITH ORDINALITY u(c, amount, k)
			WHERE p.id BETWEEN :from AND :to""";

	/**
	 * One to three different metrics; the actuals of completed plans around the target.
	 */
	private static final String KPIS = """
			INSERT INTO campaign_kpi (plan_id, position, metric, unit, target, actual)
			SELECT id, j, w.kpi_metric[m], w.kpi_unit[m], target,
				CASE WHEN status = 'COMPLETED' THEN round(CASE WHEN w.kpi_unit[m] = '%'
					THEN least(100, target * (0.6 + r_actual * 0.7)::numeric) ELSE target * (0.6 + r_actual * 0.7)::numeric END, 0) END
			FROM (
				SELECT k.*, round(k.x::numeric, CASE WHEN k.x >= 10000 THEN -3 WHEN k.x >= 1000 THEN -2
					WHEN k.x >= 100 THEN -1 ELSE 0 END) AS target
				FROM (
					SELECT p.id, p.status, j, m, w.kpi_min[m] + random() * (w.kpi_max[m] - w.kpi_min[m]) AS x,
						random() AS r_actual
					FROM plan_row p CROSS JOIN generate_series(0, 2) j
					CROSS JOIN LATERAL (SELECT ((floor(p.r_kpi * 10)::int + j * 3) % 10) + 1 AS m) metric
					WHERE p.id BETWEEN :from AND :to AND j < 1 + floor(p.r_kpis * 2.5)::int
				) k
			) kpi""";

	private static final String MILESTONES = """
			INSERT INTO campaign_milestone (plan_id, position, name, due_date)
			SELECT id, 0, 'キックオフ・関係者説明', start_date FROM plan_row WHERE id BETWEEN :from AND :to
			UNION ALL
			SELECT id, 1, '中間振り返り', start_date + (end_date - start_date) / 2 FROM plan_row WHERE id BETWEEN :from AND :to""";

	private static final String RISKS = """
			INSERT INTO campaign_risk (plan_id, position, risk, mitigation)
			SELECT p.id, 0, pg_temp.pick(w.risk, p.r_risk), pg_temp.pick(w.mitigation, p.r_risk)
			FROM plan_row p WHERE p.id BETWEEN :from AND :to""";

	private static final String EVENTS = """
			INSERT INTO campaign_plan_event (plan_id, occurred_at, actor, kind, note)
			SELECT p.id, e.at, e.actor, e.kind, e.note
			FROM plan_row p CROSS JOIN LATERAL (VALUES
				(p.created_at, p.creator, 'CREATED', NULL),
				(p.edited_at, p.creator, 'EDITED', NULL),
				(p.submitted_at, p.creator, 'SUBMITTED', NULL),
				(p.changes_at, p.reviewer, 'CHANGES_REQUESTED', p.change_reason),
				(p.resubmitted_at, p.creator, 'SUBMITTED', NULL),
				(p.checklist_at, p.reviewer, 'CHECKLIST', :checklist),
				(p.recommended_at, p.reviewer, 'RECOMMENDED', NULL),
				(p.approved_at, p.decided_by, 'APPROVED', CASE WHEN p.r_press < 0.2 THEN '内容・予算とも妥当です。' END),
				(p.rejected_at, p.decided_by, 'REJECTED', p.rejection_reason),
				(p.withdrawn_at, p.creator, 'WITHDRAWN', p.withdrawal_reason),
				(p.activated_at, 'system', 'ACTIVATED', NULL),
				(p.completed_at, p.creator, 'COMPLETED', NULL),
				(p.commented_at, p.reviewer, 'COMMENTED', p.comment)
			) e(at, actor, kind, note)
			WHERE p.id BETWEEN :from AND :to AND e.at IS NOT NULL""";

	/**
	 * The items of the brand checklist in force, ticked on every plan a reviewer checked.
	 */
	private static final String CHECKS = """
			INSERT INTO campaign_plan_check (plan_id, item)
			SELECT p.id, i.code
			FROM plan_row p
			CROSS JOIN (SELECT i.code FROM brand_check_item i JOIN brand_edition e ON e.id = i.edition_id
				WHERE e.number = (SELECT max(number) FROM brand_edition WHERE status = 'PUBLISHED')) i
			WHERE p.id BETWEEN :from AND :to AND p.checklist_at IS NOT NULL
				AND p.status NOT IN ('CHANGES_REQUESTED', 'WITHDRAWN')""";

	/**
	 * What each department could spend each year: what its plans asked for, with a
	 * margin, in round millions.
	 */
	static String budgets(Generation generation) {
		return Generation.number(generation.update(BUDGETS, generation.params())) + " budgets";
	}

	private static final String PLAN_SEEDS = """
			CREATE TEMP TABLE plan_seed ON COMMIT DROP AS
			WITH g AS (
				SELECT width_bucket(random(), w.dept_cdf) AS dept,
					:firstYear + width_bucket(random(), w.year_cdf) - 1 AS fiscal_year,
					width_bucket(random(), w.month_cdf) AS fiscal_month,
					random() AS r_day
				FROM generate_series(1, :plans) i
			), m AS (
				SELECT g.*, make_date(fiscal_year + CASE WHEN fiscal_month >= 10 THEN 1 ELSE 0 END,
					(fiscal_month + 2) % 12 + 1, 1) AS month_start
				FROM g
			)
			SELECT row_number() OVER (ORDER BY start_date, dept, r_day) AS id, dept, fiscal_year, start_date
			FROM (SELECT m.*, month_start + floor(r_day
				* extract(day FROM month_start + interval '1 month' - interval '1 day')::int)::int AS start_date FROM m) s""";

	private static final String PLAN_ROWS = """
				CREATE TEMP TABLE plan_row ON COMMIT DROP AS
				WITH r AS (
					SELECT s.*, random() AS r_length, random() AS r_lines, random() AS r_status, random() AS r_lead,
						random() AS r_recent, random() AS r_submitted, random() AS r_rework, random() AS r_check,
						random() AS r_recommend, random() AS r_edit, random() AS r_comment, random() AS r_creator,
						random() AS r_reviewer, random() AS r_time, random() AS r_done, random() AS r_qualifier,
						random() AS r_suffix, random() AS r_topic, random() AS r_objective, random() AS r_number,
						random() AS r_audience, random() AS r_strategy, random() AS r_reason, random() AS r_kpi,
						random() AS r_kpis, random() AS r_risk, random() AS r_press
					FROM plan_seed s
				), b AS (
					SELECT r.*, r.start_date + 14 + floor(r.r_length * r.r_length * 166)::int AS end_date,
						l.channels, l.amounts, l.total
					FROM r
					CROSS JOIN LATERAL (
						SELECT array_agg(x.c ORDER BY x.k) AS channels, array_agg(x.amount ORDER BY x.k) AS amounts,
							sum(x.amount)::bigint AS total
						FROM (
							SELECT y.k, y.c,
								(round(exp(ln(50000) + random() * ln(60)) * w.channel_cost[y.c] / 10000) * 10000)::bigint AS amount
							FROM (
								SELECT k, width_bucket(random(), w.channel_cdf) AS c
								FROM generate_series(1, width_bucket(r.r_lines, ARRAY[0, 0.2, 0.55, 0.8, 0.92]::float8[])) k
							) y
						) x
					) l
				), p AS (
					SELECT b.*,
						CASE WHEN b.end_date < :today - 45 THEN 'past' WHEN b.end_date < :today THEN 'recent'
							WHEN b.start_date <= :today THEN 'running' ELSE 'future' END AS phase,
						least(b.start_date - 20 - floor(b.r_lead * 100)::int, :today - 3 - floor(b.r_recent * 30)::int) AS created_day
					FROM b
				), s AS (
					SELECT p.*,
						CASE p.phase
							WHEN 'past' THEN CASE WHEN r_status < 0.89 THEN 'COMPLETED' WHEN r_status < 0.94 THEN 'REJECTED'
								ELSE 'WITHDRAWN' END
							WHEN 'recent' THEN CASE WHEN r_status < 0.55 THEN 'COMPLETED' WHEN r_status < 0.90 THEN 'ACTIVE'
								WHEN r_status < 0.94 THEN 'REJECTED' ELSE 'WITHDRAWN' END
							WHEN 'running' THEN CASE WHEN r_status < 0.93 THEN 'ACTIVE' WHEN r_status < 0.96 THEN 'REJECTED'
								ELSE 'WITHDRAWN' END
							ELSE CASE WHEN r_status < 0.25 THEN 'DRAFT' WHEN r_status < 0.40 THEN 'SUBMITTED'
								WHEN r_status < 0.47 THEN 'CHANGES_REQUESTED' WHEN r_status < 0.92 THEN 'APPROVED'
								WHEN r_status < 0.95 THEN 'REJECTED' ELSE 'WITHDRAWN' END
						END AS status,
						p.total > :delegatedLimit AS big,
						least(p.start_date - 1, :today - 1) - p.created_day AS span
					FROM p
				), f AS (
					SELECT s.*,
						status <> 'DRAFT' AND NOT (status = 'WITHDRAWN' AND r_submitted < 0.5) AS submitted,
						status = 'CHANGES_REQUESTED'
							OR (status IN ('SUBMITTED', 'APPROVED', 'ACTIVE', 'COMPLETED', 'REJECTED') AND r_rework < 0.15)
							AS sent_back,
						status IN ('APPROVED', 'ACTIVE', 'COMPLETED')
							OR (status IN ('SUBMITTED', 'REJECTED') AND r_check < 0.4) AS checked,
						status IN ('APPROVED', 'ACTIVE', 'COMPLETED', 'REJECTED') AS decided
					FROM s
				), t AS (
					SELECT f.*,
						pg_temp.pick(dl.names, f.r_creator) AS creator,
						pg_temp.pick(pp.staff, f.r_reviewer) AS reviewer,
						CASE WHEN f.fiscal_year < :currentYear - 6 THEN coalesce(pp.former_cmo[1], 'cmo')
							WHEN f.fiscal_year < :currentYear - 3 THEN coalesce(pp.former_cmo[2], 'cmo') ELSE 'cmo' END AS cmo,
						w.topic[(f.dept - 1) * 6 + 1 + floor(f.r_topic * 6)::int] AS topic,
						CASE WHEN f.fiscal_year >= 2019
							THEN '令和' || CASE WHEN f.fiscal_year = 2019 THEN '元' ELSE (f.fiscal_year - 2018)::text END
							ELSE '平成' || (f.fiscal_year - 1988)::text END || '年度' AS era
					FROM f JOIN dept_liaison dl ON dl.dept = f.dept
				)
				SELECT t.id, t.dept, t.fiscal_year, t.start_date, t.end_date, t.status, t.channels, t.amounts, t.total,
					t.creator, t.reviewer, t.r_kpi, t.r_kpis, t.r_risk, t.r_press,
					CASE WHEN t.decided THEN CASE WHEN t.big THEN t.cmo ELSE t.reviewer END END AS decided_by,
					t.era || ' ' || CASE WHEN t.r_qualifier < 0.4 THEN pg_temp.pick(w.title_qualifier, t.r_qualifier / 0.4) ELSE '' END
						|| t.topic || pg_temp.pick(w.title_suffix, t.r_suffix) AS title,
					replace(replace(pg_temp.pick(w.objective, t.r_objective), '{t}', t.topic), '{n}',
						(5 + floor(t.r_number * 30))::text) AS objective,
					pg_temp.pick(w.audience, t.r_audience) AS audience,
					pg_temp.pick(w.strategy, t.r_strategy) AS strategy,
					CASE WHEN t.status = 'COMPLETED' THEN pg_temp.pick(w.evaluation, t.r_reason) END AS evaluation,
					pg_temp.pick(w.change_reason, t.r_reason) AS change_reason,
					pg_temp.pick(w.rejection_reason, t.r_reason) AS rejection_reason,
					pg_temp.pick(w.withdrawal_reason || NULL::text, t.r_reason) AS withdrawal_reason,
					pg_temp.pick(w.plan_comment, t.r_reason) AS comment,
					pg_temp.at(t.created_day, 0, t.r_time) AS created_at,
					CASE WHEN t.r_edit < 0.4 THEN pg_temp.at(t.created_day + floor(0.1 * t.span)::int, 1, t.r_time) END AS edited_at,
					CASE WHEN t.submitted THEN pg_temp.at(t.created_day + floor(0.2 * t.span)::int, 2, t.r_time) END AS submitted_at,
					CASE WHEN t.submitted AND t.sent_back
						THEN pg_temp.at(t.created_day + floor(0.3 * t.span)::int, 3, t.r_time) END AS changes_at,
					CASE WHEN t.submitted AND t.sent_back AND t.status <> 'CHANGES_REQUESTED'
						THEN pg_temp.at(t.created_day + floor(0.45 * t.span)::int, 4, t.r_time) END AS resubmitted_at,
					CASE WHEN t.submitted AND t.checked
						THEN pg_temp.at(t.created_day + floor(0.6 * t.span)::int, 5, t.r_time) END AS checklist_at,
					CASE WHEN t.submitted AND t.checked AND t.big
							AND (t.status IN ('APPROVED', 'ACTIVE', 'COMPLETED') OR t.r_recommend < 0.5)
						THEN pg_temp.at(t.created_day + floor(0.7 * t.span)::int, 6, t.r_time) END AS recommended_at,
					CASE WHEN t.status IN ('APPROVED', 'ACTIVE', 'COMPLETED')
						THEN pg_temp.at(t.created_day + floor(0.8 * t.span)::int, 7, t.r_time) END AS approved_at,
					CASE WHEN t.status = 'REJECTED'
						THEN pg_temp.at(t.created_day + floor(0.8 * t.span)::int, 7, t.r_time) END AS rejected_at,
					CASE WHEN t.status = 'WITHDRAWN'
						THEN pg_temp.at(t.created_day + floor(0.9 * t.span)::int, 8, t.r_time) END AS withdrawn_at,
					-- By the nightly job, five minutes past midnight.
			CASE WHEN t.status IN ('ACTIVE', 'COMPLETED')
				THEN least((t.start_date + time '00:05')::timestamptz, :now - interval '1 minute') END AS activated_at,
					CASE WHEN t.status = 'COMPLETED'
						THEN pg_temp.at(least(t.end_date + 5 + floor(t.r_done * 25)::int, :today - 1), 3, t.r_time) END AS completed_at,
					CASE WHEN t.submitted AND t.status <> 'WITHDRAWN' AND t.r_comment < 0.25
						THEN pg_temp.at(t.created_day + floor(0.85 * t.span)::int, 8, t.r_time) END AS commented_at
				FROM t""";

	private static final String BUDGETS = """
			INSERT INTO department_budget (department_id, fiscal_year, amount_jpy)
			SELECT d.id, y, greatest(2000000, ceil(coalesce(s.asked, 0) * (1.05 + random() * 0.3) / 1000000) * 1000000)::bigint
			FROM department d CROSS JOIN generate_series(:firstYear, :currentYear) y
			LEFT JOIN (
				SELECT department_id, fiscal_year, sum(total_budget_jpy) AS asked FROM campaign_plan
				WHERE status NOT IN ('REJECTED', 'WITHDRAWN') GROUP BY department_id, fiscal_year
			) s ON s.department_id = d.id AND s.fiscal_year = y""";

}
