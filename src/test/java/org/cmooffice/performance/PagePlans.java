package org.cmooffice.performance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.cmooffice.StatementCount.Run;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How PostgreSQL would run a page's statements were its tables large: each statement
 * explained again, with the values it ran with, on a connection where sequential scans,
 * hash joins and merge joins are priced out of reach. With the test's few rows PostgreSQL
 * would often read a table whole, and rightly; priced so, it still does only where no
 * index serves any of the statement's conditions, joins or orders. Such a statement is
 * cheap in a test and seconds long on a large ministry's ten years.
 * <p>
 * What this cannot see: an index read from end to end (PostgreSQL may prefer one over a
 * search index for a few rows, as it would not for many), nor whether the chosen index is
 * the best one. The plans on the large office are in {@code docs/performance.md}.
 */
final class PagePlans {

	/**
	 * Tables of a size fixed by the office rather than its years (departments, accounts,
	 * settings, brand and strategy, the roll-ups and tallies kept for the large ones):
	 * read whole, they cost little.
	 */
	private static final Set<String> SMALL = Set.of("department", "department_budget", "app_user", "user_role",
			"recovery_code", "login_throttle", "office_settings", "shedlock", "brand_asset", "brand_check_item",
			"brand_colour", "brand_edition", "brand_edition_asset", "brand_section", "strategy", "strategy_objective",
			"strategy_kpi", "target_audience", "blackout_period", "campaign_plan_tally", "campaign_channel_tally",
			"rumour_count", "stakeholder_level_count", "engagement_month_rollup", "engagement_rollup_state");

	private static final Pattern EXPLAINABLE = Pattern.compile("(?is)^\\s*(select|with|insert|update|delete)\\b.*");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<String> tablesReadWhole = new ArrayList<>();

	private final Set<String> indexesUsed = new TreeSet<>();

	private final List<String> indexConditions = new ArrayList<>();

	private final List<String> sorts = new ArrayList<>();

	private PagePlans() {
	}

	/** The plans of the statements recorded while a page was shown, each text once. */
	static PagePlans of(DataSource dataSource, List<Run> runs) throws SQLException {
		return explain(dataSource, runs, "");
	}

	/**
	 * The plans with plain index scans also priced out, so that a table is read only
	 * through an index that serves one of the statement's conditions: with an index's
	 * order no longer a way round, a search must show the index that serves its words.
	 */
	static PagePlans searched(DataSource dataSource, List<Run> runs) throws SQLException {
		return explain(dataSource, runs, "; set local enable_indexscan = off; set local enable_indexonlyscan = off");
	}

	private static PagePlans explain(DataSource dataSource, List<Run> runs, String moreSettings) throws SQLException {
		Map<String, Run> distinct = new LinkedHashMap<>();
		for (Run run : runs) {
			if (EXPLAINABLE.matcher(run.sql()).matches()) {
				distinct.putIfAbsent(run.sql(), run);
			}
		}
		if (distinct.isEmpty()) {
			throw new IllegalStateException("No statement was recorded to explain: is the pool still counted?");
		}
		PagePlans plans = new PagePlans();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement settings = connection.createStatement()) {
				settings.execute("set local enable_seqscan = off; set local enable_hashjoin = off; "
						+ "set local enable_mergejoin = off" + moreSettings);
			}
			try {
				for (Run run : distinct.values()) {
					try (PreparedStatement explain = connection
						.prepareStatement("explain (format json) " + run.sql())) {
						run.bind(explain);
						try (ResultSet plan = explain.executeQuery()) {
							plan.next();
							plans.read(JSON.readTree(plan.getString(1)).get(0).get("Plan"), run.sql());
						}
					}
				}
			}
			finally {
				connection.rollback();
			}
		}
		return plans;
	}

	/**
	 * Each read of a table that grows with the years that no index serves, one line with
	 * the statement; empty when there is none.
	 */
	List<String> tablesReadWhole() {
		return this.tablesReadWhole;
	}

	/** The names of the indexes the statements read. */
	Set<String> indexesUsed() {
		return this.indexesUsed;
	}

	/** What each index was searched for, as "index: condition". */
	List<String> indexConditions() {
		return this.indexConditions;
	}

	/**
	 * Each sort the statements do (a full or an incremental one), one line with the
	 * statement: a page in an index's order sorts nothing.
	 */
	List<String> sorts() {
		return this.sorts;
	}

	private void read(JsonNode node, String sql) {
		String type = node.get("Node Type").asString();
		if (type.endsWith("Sort")) {
			this.sorts.add("%s by: %s".formatted(type, sql.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)));
		}
		JsonNode relation = node.get("Relation Name");
		if (type.endsWith("Seq Scan") && !SMALL.contains(relation.asString())) {
			this.tablesReadWhole.add("%s read whole by: %s".formatted(relation.asString(),
					sql.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)));
		}
		JsonNode index = node.get("Index Name");
		if (index != null) {
			this.indexesUsed.add(index.asString());
			JsonNode condition = node.get("Index Cond");
			if (condition != null) {
				this.indexConditions.add(index.asString() + ": " + condition.asString());
			}
		}
		JsonNode children = node.get("Plans");
		if (children != null) {
			for (JsonNode child : children) {
				read(child, sql);
			}
		}
	}

}
