package org.cmooffice.demo;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The stakeholder register and ten years of its engagement log. Organisations come first
 * (the national ministries, then associations, companies, media and groups named after a
 * place and a field), then the people, most of whom belong to one of them; a few in fifty
 * people have been anonymised. A few stakeholders are engaged far more often than the
 * rest.
 */
final class StakeholderTables {

	static final long STAKEHOLDERS = 100_000;

	static final long ENGAGEMENTS = 1_000_000;

	/** Multiplying by it and taking the remainder shuffles ids without repeating one. */
	private static final long SHUFFLE = 2_147_483_647L;

	private StakeholderTables() {
	}

	static String stakeholders(Generation generation) {
		long stakeholders = generation.scaled(STAKEHOLDERS);
		int ministries = Lexicon.size("ministry");
		int places = Lexicon.size("place");
		int fields = Lexicon.size("field");
		int combinations = places * fields * Lexicon.ORGANISATION_KINDS.length;
		long organisations = Math.min(Math.round(stakeholders * 0.22), ministries + combinations);
		MapSqlParameterSource params = generation.params()
			.addValue("stakeholders", stakeholders)
			.addValue("organisations", organisations)
			.addValue("ministries", ministries)
			.addValue("places", places)
			.addValue("fields", fields)
			.addValue("combinations", combinations)
			.addValue("prefectures", Lexicon.PREFECTURES);
		generation.inChunks("stakeholders", stakeholders, (from, to) -> {
			MapSqlParameterSource chunk = new MapSqlParameterSource(params.getValues());
			if (from <= organisations) {
				generation.update(ORGANISATIONS,
						chunk.addValue("from", from).addValue("to", Math.min(to, organisations)));
			}
			if (to > organisations) {
				generation.update(PEOPLE, chunk.addValue("from", Math.max(from, organisations + 1)).addValue("to", to));
			}
		});
		return Generation.number(generation.count("stakeholder")) + " stakeholders (" + Generation.number(organisations)
				+ " organisations), " + Generation.number(generation.count("stakeholder_department"))
				+ " department links, " + Generation.number(generation.count("stakeholder_tag")) + " tags";
	}

	/**
	 * The columns both kinds of record share, from a CTE {@code s}, and the links and
	 * tags written in the same statement.
	 */
	private static final String WRITE = """
			, written AS (
				INSERT INTO stakeholder (id, kind, category, name, name_kana, organisation_id, title, email, phone, address,
					influence, interest, stance, owner_id, notes, house, constituency, party, outlet, beat, purpose_of_use,
					data_source, consent_date, retention_date, anonymised_at, anonymised_by, search_text, created_at,
					created_by, modified_at, modified_by)
				SELECT s.id, s.kind, s.category, s.name, s.kana, s.organisation_id, s.title, s.email, s.phone, s.address,
					least(5, greatest(1, w.category_influence[array_position(w.category, s.category)]
						+ floor(s.r_influence * 3)::int - 1)),
					1 + floor(s.r_interest * 5)::int,
					(ARRAY['SUPPORTIVE', 'NEUTRAL', 'OPPOSED'])[width_bucket(s.r_stance, ARRAY[0, 0.35, 0.85]::float8[])],
					pg_temp.pick(pp.office_id, s.r_owner),
					CASE WHEN s.r_note < 0.1 AND NOT s.anonymised THEN pg_temp.pick(w.stakeholder_note, s.r_note * 10) END,
					s.house, s.constituency, s.party, s.outlet, s.beat, s.purpose_of_use, s.data_source, s.consent_date,
					s.retention_date, s.anonymised_at, CASE WHEN s.anonymised THEN pg_temp.pick(pp.staff, s.r_owner) END,
					pg_temp.search_text(s.name || ' ' || s.kana || coalesce(' ' || s.organisation_name, '')
						|| coalesce(' ' || nullif(array_to_string(s.tags, ' '), ''), '')),
					s.created_at, pg_temp.pick(pp.office, s.r_owner), s.created_at, pg_temp.pick(pp.office, s.r_owner)
				FROM s
			), tagged AS (
				INSERT INTO stakeholder_tag (stakeholder_id, tag) SELECT s.id, unnest(s.tags) FROM s
			)
			INSERT INTO stakeholder_department (stakeholder_id, department_id)
			SELECT DISTINCT s.id, width_bucket(random(), w.dept_cdf)
			FROM s CROSS JOIN generate_series(1, 1 + floor(s.r_departments * s.r_departments * 3)::int)
			""";

	/** Tags, sorted as the application sorts them for the search text. */
	private static final String TAGS = """
			ARRAY(SELECT t FROM (SELECT DISTINCT pg_temp.pick(w.tag, random()) AS t
				FROM generate_series(1, CASE WHEN r_tags < {few} THEN 1 WHEN r_tags < {more} THEN 2 ELSE 0 END)) d
				ORDER BY t COLLATE "C")""";

	private static final String ORGANISATIONS = """
			WITH g AS (
				SELECT i AS id, ((i - :ministries - 1) * 7919) % :combinations AS combination,
					random() AS r_influence, random() AS r_interest, random() AS r_stance, random() AS r_owner,
					random() AS r_time, random() AS r_tags, random() AS r_note, random() AS r_phone, random() AS r_address,
					random() AS r_departments, random() AS r_domain
				FROM generate_series(:from, :to) i
			), s AS MATERIALIZED (
				SELECT g.*, 'ORGANISATION' AS kind, false AS anonymised, NULL::bigint AS organisation_id,
					NULL::text AS organisation_name, NULL::text AS title,
					CASE WHEN g.id <= :ministries THEN 'MINISTRY' ELSE w.org_category[c.kind] END AS category,
					CASE WHEN g.id <= :ministries THEN w.ministry[g.id]
						ELSE w.org_prefix[c.kind] || w.place[c.place] || w.field[c.field] || w.org_suffix[c.kind] END AS name,
					CASE WHEN g.id <= :ministries THEN w.ministry_kana[g.id]
						ELSE w.org_prefix_kana[c.kind] || w.place_kana[c.place] || w.field_kana[c.field]
							|| w.org_suffix_kana[c.kind] END AS kana,
					format('koho%s@%s', g.id, pg_temp.pick(w.mail_domain, g.r_domain)) AS email,
					format('0%s-%s-%s', 3 + floor(g.r_phone * 96)::int, lpad(floor(g.r_address * 10000)::text, 4, '0'),
						lpad(floor(g.r_phone * 10000)::text, 4, '0')) AS phone,
					CASE WHEN g.id <= :ministries
						THEN format('東京都千代田区霞が関%s丁目%s-%s', 1 + floor(g.r_address * 3), 1 + floor(g.r_phone * 5),
							1 + floor(g.r_tags * 3))
						ELSE w.place[c.place] || ' ' || pg_temp.pick(ARRAY['中央', '本町', '駅前', '栄町', '旭町', '幸町', '緑町', '港町'],
							g.r_address) || format('%s丁目%s-%s', 1 + floor(g.r_phone * 5), 1 + floor(g.r_tags * 20),
							1 + floor(g.r_note * 15)) END AS address,
					NULL::text AS house, NULL::text AS constituency, NULL::text AS party,
					CASE WHEN w.org_category[c.kind] = 'MEDIA' AND g.id > :ministries
						THEN w.org_prefix[c.kind] || w.place[c.place] || w.field[c.field] || w.org_suffix[c.kind] END AS outlet,
					NULL::text AS beat, NULL::text AS purpose_of_use, NULL::text AS data_source, NULL::date AS consent_date,
					NULL::date AS retention_date, NULL::timestamptz AS anonymised_at,
					pg_temp.at(:firstDay + floor(power(g.r_time, 1.5) * (:days - 1))::int, floor(g.r_note * 8)::int,
						g.r_stance) AS created_at,
					{tags} AS tags
				FROM g
				CROSS JOIN LATERAL (SELECT g.combination % :places + 1 AS place, (g.combination / :places) % :fields + 1 AS field,
					g.combination / (:places * :fields) + 1 AS kind) c
			)"""
		.replace("{tags}", TAGS.replace("{few}", "0.3").replace("{more}", "0.4")) + WRITE;

	private static final String PEOPLE = """
			WITH g AS (
				SELECT i AS id, pg_temp.anonymised(i, :organisations) AS anonymised,
					random() AS r_kind, random() AS r_organisation, random() AS r_surname, random() AS r_given,
					random() AS r_influence, random() AS r_interest, random() AS r_stance, random() AS r_owner,
					random() AS r_time, random() AS r_tags, random() AS r_note, random() AS r_phone, random() AS r_title,
					random() AS r_departments, random() AS r_domain, random() AS r_house, random() AS r_retention
				FROM generate_series(:from, :to) i
			), p AS (
				SELECT g.*, o.id AS organisation, o.name AS organisation_name_kept,
					CASE WHEN g.r_kind < 0.03 THEN 'DIET_MEMBER'
						WHEN g.r_kind < 0.10 THEN pg_temp.pick(ARRAY['ACADEMIC', 'CITIZENS_GROUP', 'BUSINESS', 'NPO'],
							g.r_kind / 0.10)
						ELSE o.category END AS category,
					CASE WHEN g.r_house < 0.65 THEN '衆議院' ELSE '参議院' END AS chamber,
					:firstDay + floor(g.r_time * (:days - 1))::int AS created_day
				FROM g
				LEFT JOIN stakeholder o ON o.id = CASE WHEN g.r_kind >= 0.10
					THEN 1 + (floor(:organisations * g.r_organisation * g.r_organisation)::bigint * {shuffle}) % :organisations END
			), s AS MATERIALIZED (
				SELECT p.id, p.anonymised, p.category, p.r_influence, p.r_interest, p.r_stance, p.r_owner, p.r_note,
					p.r_departments, 'PERSON' AS kind,
					CASE WHEN p.anonymised THEN '—'
						ELSE pg_temp.pick(w.surname, p.r_surname) || ' ' || pg_temp.pick(w.given, p.r_given) END AS name,
					CASE WHEN p.anonymised THEN '—'
						ELSE pg_temp.pick(w.surname_kana, p.r_surname) || ' ' || pg_temp.pick(w.given_kana, p.r_given) END AS kana,
					CASE WHEN NOT p.anonymised THEN p.organisation END AS organisation_id,
					CASE WHEN NOT p.anonymised THEN p.organisation_name_kept END AS organisation_name,
					CASE WHEN p.anonymised THEN NULL
						WHEN p.category = 'DIET_MEMBER' THEN CASE WHEN p.r_title < 0.75 THEN p.chamber || '議員'
							ELSE pg_temp.pick(ARRAY['議員秘書', '政策担当秘書'], p.r_title) END
						ELSE w.person_title[(array_position(w.category, p.category) - 1) * 4 + 1 + floor(p.r_title * 4)::int]
						END AS title,
					CASE WHEN NOT p.anonymised THEN lower(pg_temp.pick(w.given_romaji, p.r_given) || '.'
						|| pg_temp.pick(w.surname_romaji, p.r_surname)) || '@' || pg_temp.pick(w.mail_domain, p.r_domain) END AS email,
					CASE WHEN NOT p.anonymised THEN format('0%s0-%s-%s', 7 + floor(p.r_phone * 3)::int,
						lpad(floor(p.r_domain * 10000)::text, 4, '0'), lpad(floor(p.r_phone * 10000)::text, 4, '0')) END AS phone,
					NULL::text AS address,
					CASE WHEN p.category = 'DIET_MEMBER' AND NOT p.anonymised THEN p.chamber END AS house,
					CASE WHEN p.category = 'DIET_MEMBER' AND NOT p.anonymised THEN w.place[1 + floor(p.r_house * :prefectures)::int]
						|| CASE WHEN p.chamber = '衆議院' THEN '第' || (1 + floor(p.r_title * 8)::int) || '区' ELSE '選挙区' END
						END AS constituency,
					CASE WHEN p.category = 'DIET_MEMBER' AND NOT p.anonymised
						THEN CASE WHEN p.r_stance < 0.6 THEN '与党' ELSE '野党' END END AS party,
					CASE WHEN p.category = 'MEDIA' AND NOT p.anonymised THEN p.organisation_name_kept END AS outlet,
					CASE WHEN p.category = 'MEDIA' AND NOT p.anonymised THEN pg_temp.pick(w.beat, p.r_note) END AS beat,
					CASE WHEN NOT p.anonymised THEN '広報・政策説明の連絡のため' END AS purpose_of_use,
					CASE WHEN NOT p.anonymised THEN pg_temp.pick(w.data_source, p.r_domain) END AS data_source,
					CASE WHEN NOT p.anonymised THEN p.created_day END AS consent_date,
					CASE WHEN p.anonymised THEN NULL
						-- A few kept past their retention date: the retention check has work.
						WHEN p.r_retention < 0.005 THEN :today - 1 - floor(p.r_retention * 12000)::int
						ELSE greatest(p.created_day + 1095 + floor(p.r_retention * 730)::int,
							:today + floor(p.r_retention * 1095)::int) END AS retention_date,
					CASE WHEN p.anonymised THEN greatest(c.created_at, least(c.created_at + interval '3 years', :now - interval '1 day'))
						END AS anonymised_at,
					c.created_at,
					CASE WHEN p.anonymised THEN ARRAY[]::text[] ELSE {tags} END AS tags
				FROM p
				CROSS JOIN LATERAL (SELECT pg_temp.at(p.created_day, floor(p.r_note * 8)::int, p.r_stance) AS created_at) c
			)"""
		.replace("{shuffle}", String.valueOf(SHUFFLE))
		.replace("{tags}", TAGS.replace("{few}", "0.15").replace("{more}", "0.17")) + WRITE;

	static String engagements(Generation generation) {
		long engagements = generation.scaled(ENGAGEMENTS);
		MapSqlParameterSource params = generation.params()
			.addValue("engagements", engagements)
			.addValue("stakeholders", generation.count("stakeholder"))
			.addValue("organisations", generation.jdbc
				.queryForObject("SELECT count(*) FROM stakeholder WHERE kind = 'ORGANISATION'", Long.class));
		// The last plan started by each day (plan ids follow start dates): the plans of a
		// time are those between two days' last plans.
		generation
			.update("""
					CREATE TEMP TABLE plan_day ON COMMIT DROP AS
					SELECT d::date AS day, coalesce(max(s.last) OVER (ORDER BY d), 0) AS last_plan
					FROM generate_series(:firstDay - 400, :today + 400, interval '1 day') d
					LEFT JOIN (SELECT start_date, max(id) AS last FROM campaign_plan GROUP BY start_date) s ON s.start_date = d::date""",
					params);
		generation.inChunks("engagements", engagements, (from, to) -> generation.update(ENGAGEMENT,
				new MapSqlParameterSource(params.getValues()).addValue("from", from).addValue("to", to)));
		// Not per row while logging: once, from the log.
		generation.update("""
				UPDATE stakeholder s SET last_engaged_on = e.last
				FROM (SELECT stakeholder_id, max(occurred_on) AS last FROM engagement GROUP BY stakeholder_id) e
				WHERE e.stakeholder_id = s.id""", params);
		return Generation.number(generation.count("engagement")) + " engagements";
	}

	/**
	 * On working days, more in recent years, in time order; three in ten about a plan
	 * that started in the two months before or starts in the month after; one in five
	 * with a follow-up, nearly all old ones done.
	 */
	private static final String ENGAGEMENT = """
			INSERT INTO engagement (stakeholder_id, occurred_on, type, summary, attendees, campaign_plan_id, follow_up_on,
				follow_up_action, follow_up_done, logged_by, logged_at)
			SELECT e.stakeholder, e.day, w.engagement_type[e.type],
				CASE WHEN e.anonymised THEN '—'
					ELSE pg_temp.pick(w.topic, e.r_topic) || w.engagement_action[(e.type - 1) * 3 + 1 + floor(e.r_action * 3)::int]
					END,
				CASE WHEN NOT e.anonymised AND e.r_attendees < 0.7 THEN pg_temp.pick(w.attendees, e.r_attendees / 0.7) END,
				CASE WHEN e.r_plan < 0.3 AND after.last_plan > before.last_plan
					THEN before.last_plan + 1 + floor(e.r_plan / 0.3 * (after.last_plan - before.last_plan))::bigint END,
				e.follow_up_on,
				CASE WHEN e.follow_up_on IS NOT NULL AND NOT e.anonymised THEN pg_temp.pick(w.follow_up, e.r_action) END,
				e.follow_up_on IS NOT NULL
					AND (e.anonymised OR (e.follow_up_on < :today - 14 AND e.r_done < 0.995) OR e.r_done < 0.3),
				pg_temp.pick(pp.office, e.r_logger),
				pg_temp.at(least(e.day + CASE WHEN e.r_late < 0.7 THEN 0 ELSE 1 + floor(e.r_late * 2)::int END, :today - 1),
					floor(e.r_slot * 8)::int, e.r_time)
			FROM (
				SELECT g.*, pg_temp.anonymised(g.stakeholder, :organisations) AS anonymised,
					CASE WHEN g.r_follow < 0.2 THEN g.day + 3 + floor(g.r_follow * 55)::int END AS follow_up_on
				FROM (
					SELECT 1 + (floor(:stakeholders * r_who * r_who)::bigint * {shuffle}) % :stakeholders AS stakeholder,
						pg_temp.weekday(:firstMonday, :weeks, (i - 0.5) / CAST(:engagements AS float8), r_weekday, :today - 1)
							AS day,
						width_bucket(r_type, w.engagement_cdf) AS type, x.*
					FROM (
						SELECT i, random() AS r_who, random() AS r_weekday, random() AS r_type, random() AS r_topic,
							random() AS r_action, random() AS r_attendees, random() AS r_plan, random() AS r_follow,
							random() AS r_done, random() AS r_logger, random() AS r_late, random() AS r_slot,
							random() AS r_time
						FROM generate_series(:from, :to) i
					) x
				) g
			) e
			JOIN plan_day before ON before.day = e.day - 60
			JOIN plan_day after ON after.day = e.day + 30"""
		.replace("{shuffle}", String.valueOf(SHUFFLE));

}
