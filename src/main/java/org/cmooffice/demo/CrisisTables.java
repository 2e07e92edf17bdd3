package org.cmooffice.demo;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Ten years of crisis incidents with the departments they affect and their timelines, and
 * the rumours the office tracked, some of them part of an incident. Only the last weeks'
 * incidents are still open; the rest were resolved within hours to a month.
 */
final class CrisisTables {

	static final long INCIDENTS = 5_000;

	static final long RUMOURS = 50_000;

	private CrisisTables() {
	}

	static String incidents(Generation generation) {
		long incidents = generation.scaled(INCIDENTS);
		MapSqlParameterSource params = generation.params().addValue("incidents", incidents);
		// Ids follow the opening times, as they would have.
		generation.update(INCIDENT_ROWS, params.addValue("prefectures", Lexicon.PREFECTURES));
		generation.inChunks("crisis incidents", incidents, (from, to) -> {
			MapSqlParameterSource chunk = new MapSqlParameterSource(params.getValues()).addValue("from", from)
				.addValue("to", to);
			generation.update(INCIDENT, chunk);
			generation.update("""
					INSERT INTO crisis_incident_department (incident_id, department_id)
					SELECT DISTINCT i.id, width_bucket(random(), w.dept_cdf)
					FROM incident_row i
					CROSS JOIN generate_series(1, 1 + floor(i.r_departments * 2)::int)
					WHERE i.id BETWEEN :from AND :to""", chunk);
			generation.update("""
					INSERT INTO crisis_timeline_entry (incident_id, occurred_at, author, kind, text)
					SELECT i.id, e.at, e.author, e.kind, e.text
					FROM incident_row i
					CROSS JOIN LATERAL (VALUES
						(i.opened_at, i.owner, 'OPENED', i.title),
						(CASE WHEN i.status <> 'OPEN' THEN i.monitoring_at END, i.owner, 'STATUS', 'OPEN>MONITORING'),
						(i.resolved_at, i.owner, 'STATUS', 'MONITORING>RESOLVED')
					) e(at, author, kind, text)
					WHERE i.id BETWEEN :from AND :to AND e.at IS NOT NULL
					UNION ALL
					SELECT i.id, i.opened_at + (coalesce(i.resolved_at, :now) - i.opened_at) * (0.1 + 0.2 * n),
						pg_temp.pick(pp.staff, random()), 'NOTE', pg_temp.pick(w.incident_note, random())
					FROM incident_row i
					CROSS JOIN generate_series(0, floor(i.r_notes * 3)::int) n
					WHERE i.id BETWEEN :from AND :to""", chunk);
		});
		return Generation.number(generation.count("crisis_incident")) + " incidents, "
				+ Generation.number(generation.count("crisis_incident_department")) + " department links, "
				+ Generation.number(generation.count("crisis_timeline_entry")) + " timeline entries";
	}

	/**
	 * Four in ten rumours belong to an incident and surfaced within days of it; recent
	 * ones are more often unverified and their responses still under way.
	 */
	static String rumours(Generation generation) {
		long rumours = generation.scaled(RUMOURS);
		MapSqlParameterSource params = generation.params()
			.addValue("rumours", rumours)
			.addValue("incidents", generation.count("crisis_incident"));
		generation.inChunks("rumours", rumours, (from, to) -> generation.update(RUMOUR,
				new MapSqlParameterSource(params.getValues()).addValue("from", from).addValue("to", to)));
		return Generation.number(generation.count("rumour")) + " rumours";
	}

	private static final String RUMOUR = """
			INSERT INTO rumour (incident_id, claim, first_seen, channel, estimated_reach, fact_check, sources, response,
				response_status, version, created_at, created_by, modified_at, modified_by)
			SELECT r.incident, r.claim, r.first_seen, r.channel, r.reach, r.fact_check, r.sources,
				CASE WHEN r.fact_check = 'TRUE' THEN CASE WHEN r.r_response < 0.7 THEN 'NONE' ELSE 'FAQ_UPDATE' END
					WHEN r.fact_check = 'UNVERIFIED' THEN CASE WHEN r.r_response < 0.6 THEN 'NONE' ELSE 'STATEMENT' END
					ELSE w.response[width_bucket(r.r_response, w.response_cdf)] END,
				CASE WHEN r.first_seen < :today - 30 THEN 'DONE'
					ELSE (ARRAY['PLANNED', 'IN_PROGRESS', 'DONE'])[1 + floor(r.r_status * 3)::int] END,
				0, r.created_at, r.creator, greatest(r.created_at, least(r.created_at + r.r_status * interval '5 days',
					:now - interval '1 hour')), r.creator
			FROM (
				SELECT f.*,
					CASE WHEN f.first_seen > :today - 14 AND f.r_unverified < 0.5 THEN 'UNVERIFIED'
						ELSE w.fact_check[width_bucket(f.r_fact_check, w.fact_check_cdf)] END AS fact_check,
					replace(pg_temp.pick(w.rumour_claim, f.r_claim), '{}', pg_temp.pick(w.rumour_subject, f.r_subject)) AS claim,
					w.rumour_channel[width_bucket(f.r_channel, w.rumour_channel_cdf)] AS channel,
					CASE WHEN f.r_reach >= 0.2 THEN round(exp(ln(100) + f.r_reach * ln(50000)))::bigint END AS reach,
					CASE WHEN f.r_sources < 0.7 THEN pg_temp.pick(w.rumour_source, f.r_sources / 0.7) END AS sources,
					pg_temp.at(f.first_seen, floor(f.r_slot * 8)::int, f.r_time) AS created_at,
					pg_temp.pick(pp.staff, f.r_creator) AS creator
				FROM (
					SELECT g.*, inc.id AS incident,
						coalesce(least(inc.opened_at::date + floor(g.r_day * 4)::int, :today - 1),
							pg_temp.weekday(:firstMonday, :weeks, (g.i - 0.5) / CAST(:rumours AS float8), g.r_day, :today - 1)) AS first_seen
					FROM (
						SELECT i, random() AS r_link, random() AS r_incident, random() AS r_day, random() AS r_claim,
							random() AS r_subject, random() AS r_channel, random() AS r_reach, random() AS r_fact_check,
							random() AS r_unverified, random() AS r_sources, random() AS r_response, random() AS r_status,
							random() AS r_slot, random() AS r_time, random() AS r_creator
						FROM generate_series(:from, :to) i
					) g
					LEFT JOIN crisis_incident inc
						ON inc.id = CASE WHEN g.r_link < 0.4 THEN 1 + floor(g.r_incident * :incidents)::bigint END
				) f
			) r""";

	private static final String INCIDENT_ROWS = """
			CREATE TEMP TABLE incident_row ON COMMIT DROP AS
			WITH g AS (
				SELECT random() AS r_day, random() AS r_hour, random() AS r_severity, random() AS r_scenario,
					random() AS r_status, random() AS r_resolve, random() AS r_title, random() AS r_topic,
					random() AS r_place, random() AS r_description, random() AS r_owner, random() AS r_notes,
					random() AS r_departments, random() AS r_number
				FROM generate_series(1, :incidents) i
			), o AS (
				SELECT g.*, least((:firstDay + floor(power(g.r_day, 0.9) * :days)::int + time '06:00'
					+ g.r_hour * interval '16 hours')::timestamptz, :now - interval '2 hours') AS opened_at,
					width_bucket(g.r_scenario, w.scenario_cdf) AS scenario_index
				FROM g
			), s AS (
				SELECT o.*,
					CASE WHEN opened_at > :now - interval '7 days' THEN CASE WHEN r_status < 0.6 THEN 'OPEN' ELSE 'MONITORING' END
						WHEN opened_at > :now - interval '45 days' THEN CASE WHEN r_status < 0.35 THEN 'MONITORING' ELSE 'RESOLVED' END
						ELSE 'RESOLVED' END AS status,
					replace(replace(w.incident_title[(scenario_index - 1) * 4 + 1 + floor(r_title * 4)::int], '{t}',
						pg_temp.pick(w.topic, r_topic)), '{p}', w.place[1 + floor(r_place * :prefectures)::int]) AS title
				FROM o
			), r AS (
				SELECT s.*, CASE WHEN status = 'RESOLVED' THEN least(opened_at + interval '2 hours'
					+ r_resolve * r_resolve * interval '30 days', :now - interval '1 hour') END AS resolved_at
				FROM s
			)
			SELECT row_number() OVER (ORDER BY r.opened_at, r.r_day) AS id, r.*,
				width_bucket(r.r_severity, ARRAY[0, 0.4, 0.75, 0.95]::float8[]) AS severity,
				w.scenario[r.scenario_index] AS scenario,
				replace(replace(pg_temp.pick(w.incident_description, r.r_description), '{title}', r.title), '{n}',
					(5 + floor(r.r_number * 95))::text) AS description,
				pg_temp.pick(pp.office_id, r.r_owner) AS owner_id, pg_temp.pick(pp.office, r.r_owner) AS owner,
				CASE WHEN r.status <> 'OPEN'
					THEN r.opened_at + (coalesce(r.resolved_at, :now) - r.opened_at) * 0.8 END AS monitoring_at
			FROM r""";

	private static final String INCIDENT = """
			INSERT INTO crisis_incident (id, title, description, severity, status, scenario, owner_id, opened_at,
				resolved_at, version, created_at, created_by, modified_at, modified_by)
			SELECT id, title, description, severity, status, scenario, owner_id, opened_at, resolved_at,
				num_nonnulls(monitoring_at, resolved_at), opened_at, owner,
				coalesce(resolved_at, monitoring_at, opened_at), owner
			FROM incident_row WHERE id BETWEEN :from AND :to""";

}
