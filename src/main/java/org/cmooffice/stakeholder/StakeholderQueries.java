package org.cmooffice.stakeholder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.cmooffice.shared.Like;
import org.cmooffice.shared.web.BoundedPage;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.util.Assert;

/**
 * The register's lists in SQL: filtered, sorted and paged in the database, one statement
 * for the page and one for the bounded count whatever the number of rows. The export
 * streams its rows with a cursor instead of loading them all.
 */
@Repository
class StakeholderQueries {

	private static final String ROW_COLUMNS = """
			s.id, s.kind, s.category, s.name, s.name_kana, o.name as organisation_name, s.title, s.email, s.phone,
			s.influence, s.interest, s.stance, u.display_name as owner_name, s.last_engaged_on,
			s.anonymised_at is not null as anonymised""";

	private static final String JOINS = " left join stakeholder o on o.id = s.organisation_id"
			+ " join app_user u on u.id = s.owner_id";

	private static final String FROM = "from stakeholder s" + JOINS;

	/**
	 * How many stakeholders stand at each pair of influence and interest levels, from the
	 * rows the register's triggers append (see V24 and KeptCountsCompaction).
	 */
	static final String LEVEL_COUNTS = "select influence, interest, sum(stakeholders) as n"
			+ " from stakeholder_level_count group by influence, interest having sum(stakeholders) > 0";

	/**
	 * From how many matches a page walks its order's index instead of collecting the
	 * matches of a two-character word from the bigram index: one in a hundred of the
	 * register, so that twenty are found within a few thousand entries.
	 */
	static final int MANY_MATCHES = 1_000;

	/** How many names each quadrant of the grid lists; the counts are always whole. */
	static final int GRID_NAMES = 25;

	private final NamedParameterJdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate streaming;

	StakeholderQueries(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		JdbcTemplate cursor = new JdbcTemplate(dataSource);
		cursor.setFetchSize(500);
		this.streaming = new NamedParameterJdbcTemplate(cursor);
	}

	/**
	 * A page of the register, its matches counted up to {@code countLimit}: at least
	 * {@link #MANY_MATCHES}, which the count must reach to choose how the page is read.
	 */
	BoundedPage<StakeholderRow> page(StakeholderFilter filter, Long scopeDepartmentId, int page, int size,
			int countLimit) {
		Assert.isTrue(countLimit >= MANY_MATCHES, "a count stopped below MANY_MATCHES cannot choose the page's way");
		// Counting the whole register (100,000 entries) cost more than the page itself.
		// A two-character word is counted from its bigram alone, which matches exactly
		// what its LIKE matches. With both, the planner took the LIKE's selectivity on
		// top of the bigram's, expected 300 matches of 協会 instead of 6,000, and
		// checked a liaison's department for each match one by one (32 ms; 14 ms
		// joined at once).
		Long wholeDepartment = onlyDepartment(filter, scopeDepartmentId);
		Where counting = Where.of(filter, scopeDepartmentId, TextMatch.BIGRAM_ALONE, true);
		long counted;
		if (counting.sql().isEmpty()) {
			// The whole register is counted by the kept counts the grid reads: counting
			// it up to the limit read 10,001 entries of the large office (1.6 ms).
			long whole = this.jdbc.queryForObject("select coalesce(sum(n), 0) from (" + LEVEL_COUNTS + ") levels",
					Map.of(), Long.class);
			counted = Math.min(whole, countLimit + 1);
		}
		else if (wholeDepartment != null) {
			// A department's whole list (a liaison's register, or the office's "shared
			// with" filter) is counted from its links alone, each of which stands for one
			// stakeholder by its foreign key: joined to the register, a liaison's first
			// page took 5.7 ms to count the 10,000 it shows.
			counted = this.jdbc.queryForObject(
					"select count(*) from (select 1 from stakeholder_department sd where sd.department_id = :department"
							+ " limit :countUpTo) links",
					Map.of("department", wholeDepartment, "countUpTo", countLimit + 1), Long.class);
		}
		else {
			Map<String, Object> countParams = new HashMap<>(counting.params());
			countParams.put("countUpTo", countLimit + 1);
			counted = this.jdbc.queryForObject(
					"select count(*) from (select 1 from stakeholder s" + counting.sql() + " limit :countUpTo) matches",
					countParams, Long.class);
		}
		int number = BoundedPage.number(page, counted, size, countLimit);
		// Many matches are found soonest by walking the order's index with the LIKE alone
		// (a liaison's page of 協会: 7 ms, 22 ms through the bigram index and a sort); a
		// few by the bigram index.
		Where where = Where.of(filter, scopeDepartmentId,
				(counted >= MANY_MATCHES) ? TextMatch.LIKE_ALONE : TextMatch.LIKE_AND_BIGRAM);
		Map<String, Object> params = new HashMap<>(where.params());
		params.put("limit", size);
		params.put("offset", (long) number * size);
		// The page's stakeholders first, then their organisations and owners: the
		// planner cannot tell how many match a common word, and joined all 4,000 matches
		// of 観光 before sorting them (37 ms; now 16 ms).
		String orderBy = filter.getSort().orderBy();
		List<StakeholderRow> rows = this.jdbc.query(
				"select " + ROW_COLUMNS + " from (select s.* from stakeholder s" + where.sql() + " order by " + orderBy
						+ " limit :limit offset :offset) s" + JOINS + " order by " + orderBy,
				params, StakeholderQueries::row);
		return new BoundedPage<>(rows, PageRequest.of(number, size), counted, countLimit);
	}

	/**
	 * The department whose links alone decide the list: no filter but that department,
	 * given as the user's scope, as the filter, or as both.
	 */
	private static Long onlyDepartment(StakeholderFilter filter, Long scopeDepartmentId) {
		if (filter.hasText() || filter.getCategory() != null || filter.getQuadrant() != null
				|| filter.getStance() != null || filter.getOwnerId() != null) {
			return null;
		}
		Long chosen = filter.getDepartmentId();
		if (scopeDepartmentId == null || chosen == null || scopeDepartmentId.equals(chosen)) {
			return (scopeDepartmentId != null) ? scopeDepartmentId : chosen;
		}
		return null;
	}

	/** Every match, for an export: the user's allowance is taken by the exact count. */
	long count(StakeholderFilter filter, Long scopeDepartmentId) {
		Where where = Where.of(filter, scopeDepartmentId);
		return this.jdbc.queryForObject("select count(*) from stakeholder s" + where.sql(), where.params(), Long.class);
	}

	/** Counts per quadrant and the most influential names in each, for the grid. */
	Map<Quadrant, GridCell> grid(StakeholderFilter filter, Long scopeDepartmentId) {
		Where where = Where.of(filter, scopeDepartmentId);
		Where counting = Where.of(filter, scopeDepartmentId, TextMatch.LIKE_AND_BIGRAM, true);
		Map<Quadrant, GridCell> cells = new EnumMap<>(Quadrant.class);
		for (Quadrant quadrant : Quadrant.values()) {
			cells.put(quadrant, new GridCell(quadrant, 0, new ArrayList<>()));
		}
		String quadrantCase = "case when s.influence >= " + Quadrant.HIGH + " and s.interest >= " + Quadrant.HIGH
				+ " then 'MANAGE_CLOSELY' when s.influence >= " + Quadrant.HIGH
				+ " then 'KEEP_SATISFIED' when s.interest >= " + Quadrant.HIGH
				+ " then 'KEEP_INFORMED' else 'MONITOR' end";
		// The counts in one pass over the index of influence and interest,
		// per pair of levels first (25 groups in index order, no expression
		// worked out per stakeholder: 23 ms became 12 ms on 100,000); the first
		// names of each quadrant from its own partial index, so that no page
		// sorts the register.
		String and = where.sql().isEmpty() ? " where " : where.sql() + " and ";
		String firstNames = Arrays.stream(Quadrant.values())
			.map((quadrant) -> "(select '" + quadrant.name() + "' as quadrant, s.id, s.name, s.name_kana,"
					+ " s.influence, s.interest, s.anonymised_at is not null as anonymised from stakeholder s" + and
					+ quadrant.condition() + " order by s.influence + s.interest desc, s.name_kana, s.id limit "
					+ GRID_NAMES + ")")
			.collect(Collectors.joining(" union all "));
		// The whole register's counts are kept per pair of levels (V24), so only a
		// filtered grid counts its stakeholders.
		String levels = counting.sql().isEmpty() ? LEVEL_COUNTS
				: "select s.influence, s.interest, count(*) as n from stakeholder s" + counting.sql()
						+ " group by s.influence, s.interest";
		String sql = "with counts as (select " + quadrantCase + " as quadrant, sum(s.n) as total from (" + levels
				+ ") s group by 1), names as (" + firstNames + ")"
				+ " select c.quadrant, c.total, n.id, n.name, n.influence, n.interest, n.anonymised from counts c"
				+ " join names n on n.quadrant = c.quadrant"
				+ " order by c.quadrant, n.influence + n.interest desc, n.name_kana, n.id";
		// The two conditions differ only in how they match a department; their values are
		// the same.
		Map<String, Object> params = new HashMap<>(where.params());
		params.putAll(counting.params());
		this.jdbc.query(sql, params, (rs) -> {
			Quadrant quadrant = Quadrant.valueOf(rs.getString("quadrant"));
			GridCell cell = cells.get(quadrant);
			List<GridName> names = cell.names();
			names.add(new GridName(rs.getLong("id"), rs.getString("name"), rs.getInt("influence"),
					rs.getInt("interest"), rs.getBoolean("anonymised")));
			cells.put(quadrant, new GridCell(quadrant, rs.getLong("total"), names));
		});
		return cells;
	}

	/** Every row the filters select, in the list's order, handed over one by one. */
	void export(StakeholderFilter filter, Long scopeDepartmentId, Consumer<ExportRow> sink) {
		Where where = Where.of(filter, scopeDepartmentId);
		String sql = """
				select s.*, o.name as organisation_name, u.username as owner_username,
				  (select string_agg(d.code, ';' order by d.code) from stakeholder_department sd
				     join department d on d.id = sd.department_id where sd.stakeholder_id = s.id) as department_codes,
				  (select string_agg(t.tag, ';' order by t.tag) from stakeholder_tag t where t.stakeholder_id = s.id) as tags
				"""
				+ FROM + where.sql() + " order by " + filter.getSort().orderBy();
		try (Stream<ExportRow> rows = this.streaming.queryForStream(sql, where.params(), (rs, i) -> ExportRow.of(rs))) {
			rows.forEach(sink);
		}
	}

	private static StakeholderRow row(ResultSet rs, int rowNum) throws SQLException {
		return new StakeholderRow(rs.getLong("id"), StakeholderKind.valueOf(rs.getString("kind")),
				StakeholderCategory.valueOf(rs.getString("category")), rs.getString("name"), rs.getString("name_kana"),
				rs.getString("organisation_name"), rs.getString("title"), rs.getString("email"), rs.getString("phone"),
				rs.getInt("influence"), rs.getInt("interest"), Stance.valueOf(rs.getString("stance")),
				rs.getString("owner_name"), rs.getObject("last_engaged_on", java.time.LocalDate.class),
				rs.getBoolean("anonymised"), false);
	}

	/** One quadrant of the grid: how many, and the first names. */
	public record GridCell(Quadrant quadrant, long total, List<GridName> names) {

		public long more() {
			return this.total - this.names.size();
		}

	}

	public record GridName(long id, String name, int influence, int interest, boolean anonymised) {

	}

	/**
	 * How a two-character word is matched: a stakeholder's text contains it exactly when
	 * the text's bigrams do, so either condition alone finds the same rows, and each lets
	 * the planner choose another index.
	 */
	private enum TextMatch {

		LIKE_AND_BIGRAM, BIGRAM_ALONE, LIKE_ALONE

	}

	/** The filters as SQL with named parameters; values never go into the text. */
	private record Where(String sql, Map<String, Object> params) {

		static Where of(StakeholderFilter filter, Long scopeDepartmentId) {
			return of(filter, scopeDepartmentId, TextMatch.LIKE_AND_BIGRAM);
		}

		static Where of(StakeholderFilter filter, Long scopeDepartmentId, TextMatch match) {
			return of(filter, scopeDepartmentId, match, false);
		}

		/**
		 * With {@code departmentsOnTheRow}, a department is matched on the row's own list
		 * whatever the words, for statements that visit every match (counts): that list's
		 * index finds a department's entries at once, where the links were joined to the
		 * whole register (a liaison's count of one stance: 55 ms, 12 ms so; the grid's
		 * counts of a department 24 ms, 11 ms). A page walking its order's index checks
		 * each entry's links instead, which costs the same.
		 */
		static Where of(StakeholderFilter filter, Long scopeDepartmentId, TextMatch match,
				boolean departmentsOnTheRow) {
			List<String> conditions = new ArrayList<>();
			Map<String, Object> params = new HashMap<>();
			String pair = filter.hasText() ? Like.pair(SearchText.normalise(filter.getQ())) : null;
			// With a two-character word, the departments are matched on the row's own
			// list, which the word's index holds beside the word's pieces: only the
			// department's matches are read (a liaison's count of 観光: 12.8 ms joined
			// to the links, 1.2 ms so).
			boolean byPairs = pair != null && match != TextMatch.LIKE_ALONE;
			boolean onTheRow = byPairs || departmentsOnTheRow;
			if (scopeDepartmentId != null) {
				conditions.add(sharedWith("scope", onTheRow));
				params.put("scope", scopeDepartmentId);
			}
			if (filter.hasText()) {
				if (pair == null || match != TextMatch.BIGRAM_ALONE) {
					conditions.add("s.search_text like :q");
					params.put("q", SearchText.containing(filter.getQ()));
				}
				if (pair != null && match != TextMatch.LIKE_ALONE) {
					conditions.add("contains_bigram(s.search_text, :pair)");
					params.put("pair", pair);
				}
			}
			if (filter.getCategory() != null) {
				conditions.add("s.category = :category");
				params.put("category", filter.getCategory().name());
			}
			if (filter.getQuadrant() != null) {
				conditions.add(filter.getQuadrant().condition());
			}
			if (filter.getStance() != null) {
				conditions.add("s.stance = :stance");
				params.put("stance", filter.getStance().name());
			}
			if (filter.getDepartmentId() != null) {
				conditions.add(sharedWith("department", onTheRow));
				params.put("department", filter.getDepartmentId());
			}
			if (filter.getOwnerId() != null) {
				conditions.add("s.owner_id = :owner");
				params.put("owner", filter.getOwnerId());
			}
			return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
		}

		/**
		 * Shared with the department of the named parameter: on the row's own list (kept
		 * equal to the links by triggers, V31) or by its link.
		 */
		private static String sharedWith(String parameter, boolean onTheRow) {
			return onTheRow ? "s.department_ids @> array[cast(:" + parameter + " as bigint)]"
					: "exists (select 1 from stakeholder_department sd where sd.stakeholder_id = s.id"
							+ " and sd.department_id = :" + parameter + ")";
		}

	}

}
