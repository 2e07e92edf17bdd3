package org.cmooffice.demo;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Ten years of the audit trail. What the records say happened is recorded as it happened
 * (every plan's timeline, every engagement and follow-up, every stakeholder, incident and
 * rumour written), so that a record's history and the trail agree; sign-ins, edits and
 * the rest make up the count, on working days in office hours (around two in the
 * afternoon), more each year. The trail is written in time order, as it grows.
 */
final class AuditTables {

	static final long EVENTS = 2_000_000;

	private AuditTables() {
	}

	static String events(Generation generation) {
		long events = generation.scaled(EVENTS);
		MapSqlParameterSource params = generation.params()
			.addValue("stakeholders", generation.count("stakeholder"))
			.addValue("rumours", generation.count("rumour"));
		generation.update(STAGE, params);
		long recorded = generation.count("audit_stage");
		long more = Math.max(0, events - recorded);
		generation.update(MORE, params.addValue("more", more));
		// In time order, as the trail grew.
		generation.jdbc.execute("""
				CREATE TEMP TABLE audit_sorted ON COMMIT DROP AS
				SELECT row_number() OVER (ORDER BY at, actor) AS position, s.* FROM audit_stage s""");
		generation.jdbc.execute("CREATE INDEX ON audit_sorted (position)");
		generation.inChunks("audit events", events, (from, to) -> generation.update("""
				INSERT INTO audit_event (occurred_at, actor, action, entity_type, entity_id, summary, client_address)
				SELECT at, actor, action, entity_type, entity_id, summary,
					CASE WHEN actor <> 'system'
						THEN '10.20.' || abs(hashtext(actor)) % 16 || '.' || abs(hashtext(actor)) % 250 + 1 END
				FROM audit_sorted WHERE position BETWEEN :from AND :to ORDER BY position""",
				new MapSqlParameterSource("from", from).addValue("to", to)));
		return Generation.number(generation.count("audit_event")) + " audit events (" + Generation.number(recorded)
				+ " of what the records say happened)";
	}

	/**
	 * What leaves no record of its own: sign-ins above all, edits, follow-ups, exports.
	 */
	private static final String MORE = """
			INSERT INTO audit_stage (at, actor, action, entity_type, entity_id, summary)
			SELECT a.at, a.actor, a.action, a.entity,
				CASE a.entity WHEN 'USER' THEN a.actor
					WHEN 'STAKEHOLDER' THEN (1 + floor(a.r_entity * :stakeholders))::bigint::text
					WHEN 'RUMOUR' THEN (1 + floor(a.r_entity * :rumours))::bigint::text
					WHEN 'STRATEGY' THEN (SELECT min(id) FROM strategy)::text END,
				CASE
					WHEN a.action = 'LOGIN_FAILURE' THEN CASE WHEN a.r_text < 0.95 THEN 'wrong user name or password'
						ELSE 'account locked' END
					WHEN a.action = 'ACCESS_DENIED' THEN pg_temp.pick(ARRAY['GET /admin/users', 'GET /audit',
						'GET /admin/settings', 'CampaignPlans.approve', 'Stakeholders.anonymise'], a.r_text)
					WHEN a.action = 'STAKEHOLDER_EDITED' THEN CASE WHEN a.r_text < 0.25 THEN 'ORGANISATION ' ELSE 'PERSON ' END
						|| pg_temp.pick(w.category, a.r_text)
					WHEN a.action = 'STAKEHOLDERS_EXPORTED' THEN 'q=null, category=' || pg_temp.pick(w.category, a.r_text)
					WHEN a.action = 'RUMOUR_UPDATED' THEN pg_temp.pick(w.fact_check, a.r_text) || ', '
						|| pg_temp.pick(w.response, a.r_text) || ' DONE'
				END
			FROM (
				SELECT x.*, w.audit_action[x.kind] AS action, w.audit_entity[x.kind] AS entity,
					CASE w.audit_actor[x.kind]
						WHEN 'staff' THEN pg_temp.pick(pp.staff, x.r_actor)
						WHEN 'office' THEN pg_temp.pick(pp.office, x.r_actor)
						WHEN 'admin' THEN pg_temp.pick(pp.admin, x.r_actor)
						ELSE pg_temp.pick(pp.anyone, x.r_actor) END AS actor
				FROM (
					SELECT r.*, width_bucket(r.r_kind, w.audit_cdf) AS kind,
						(pg_temp.weekday(:firstMonday, :weeks, (r.i - 0.5) / CAST(:more AS float8), r.r_weekday, :today - 1)
							+ time '08:30' + (r.r_time1 + r.r_time2 + r.r_time3) / 3 * interval '11 hours')::timestamptz AS at
					FROM (
						SELECT i, random() AS r_kind, random() AS r_weekday, random() AS r_time1, random() AS r_time2,
							random() AS r_time3, random() AS r_actor, random() AS r_entity, random() AS r_text
						FROM generate_series(1, :more) i
					) r
				) x
				-- Kept apart (OFFSET 0): each value computed once, not once per use.
				OFFSET 0
			) a""";

	private static final String STAGE = """
			CREATE TEMP TABLE audit_stage ON COMMIT DROP AS
			SELECT e.occurred_at AS at, e.actor, 'CAMPAIGN_' || e.kind AS action, 'CAMPAIGN_PLAN' AS entity_type,
				e.plan_id::text AS entity_id,
				p.title || CASE WHEN e.kind IN ('CHANGES_REQUESTED', 'REJECTED') THEN ': ' || e.note ELSE '' END AS summary
			FROM campaign_plan_event e JOIN campaign_plan p ON p.id = e.plan_id
			UNION ALL
			SELECT logged_at, logged_by, 'ENGAGEMENT_LOGGED', 'STAKEHOLDER', stakeholder_id::text,
				type || ' ' || occurred_on || coalesce(' plan ' || campaign_plan_id, '')
			FROM engagement
			UNION ALL
			SELECT pg_temp.at(least(follow_up_on, :today - 1), 7, (id % 1000) / 1000.0), logged_by, 'FOLLOW_UP_DONE',
				'STAKEHOLDER', stakeholder_id::text, 'engagement ' || id
			FROM engagement WHERE follow_up_done
			UNION ALL
			SELECT created_at, created_by, 'STAKEHOLDER_CREATED', 'STAKEHOLDER', id::text, kind || ' ' || category
			FROM stakeholder
			UNION ALL
			SELECT e.occurred_at, e.author,
				CASE e.kind WHEN 'OPENED' THEN 'INCIDENT_OPENED' WHEN 'STATUS' THEN 'INCIDENT_STATUS' ELSE 'INCIDENT_NOTE' END,
				'CRISIS_INCIDENT', e.incident_id::text,
				CASE e.kind WHEN 'OPENED' THEN 'severity ' || i.severity || ': ' || i.title
					WHEN 'STATUS' THEN replace(e.text, '>', ' → ') ELSE 'timeline entry ' || e.id END
			FROM crisis_timeline_entry e JOIN crisis_incident i ON i.id = e.incident_id
			UNION ALL
			SELECT created_at, created_by, 'RUMOUR_LOGGED', 'RUMOUR', id::text, fact_check || ' ' || channel
			FROM rumour""";

}
