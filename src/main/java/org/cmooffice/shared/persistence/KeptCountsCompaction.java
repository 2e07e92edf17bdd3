package org.cmooffice.shared.persistence;

import java.util.List;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the rows that statement triggers append to the kept counts (one row per key a
 * statement changed, see V24, V25, V26 and V28) back to one row per key, so that readers
 * add up a few hundred rows however much was edited. One statement per table, so readers
 * see its rows before or after the folding and the same sums either way; rows appended
 * while it runs are not in its snapshot and stay for the next run. Locked, so that with
 * several instances it runs once.
 */
@Component
public class KeptCountsCompaction {

	private static final Logger log = LoggerFactory.getLogger(KeptCountsCompaction.class);

	/** Each kept count: its table, the columns of its key and the counted columns. */
	private static final List<KeptCount> KEPT = List.of(
			new KeptCount("stakeholder_level_count", "influence, interest", List.of("stakeholders")),
			new KeptCount("rumour_count", "month, fact_check", List.of("rumours")),
			new KeptCount("campaign_plan_tally", "department_id, fiscal_year, status", List.of("plans", "budget_jpy")),
			new KeptCount("campaign_channel_tally", "fiscal_year, status, channel", List.of("plans")));

	private final JdbcTemplate jdbc;

	KeptCountsCompaction(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Scheduled(initialDelayString = "${cmo.kept-counts.compaction-every:PT10M}",
			fixedDelayString = "${cmo.kept-counts.compaction-every:PT10M}")
	@SchedulerLock(name = "kept-counts-compaction", lockAtMostFor = "PT10M")
	public void compact() {
		for (KeptCount kept : KEPT) {
			String counted = String.join(", ", kept.counted());
			String sums = kept.counted()
				.stream()
				.map((column) -> "sum(" + column + ")")
				.collect(Collectors.joining(", "));
			String anyNonZero = kept.counted()
				.stream()
				.map((column) -> "sum(" + column + ") <> 0")
				.collect(Collectors.joining(" or "));
			int rows = this.jdbc
				.update("with folded as (delete from " + kept.table() + " returning " + kept.key() + ", " + counted
						+ ") insert into " + kept.table() + " (" + kept.key() + ", " + counted + ") select "
						+ kept.key() + ", " + sums + " from folded group by " + kept.key() + " having " + anyNonZero);
			log.debug("{} folded to {} rows", kept.table(), rows);
		}
	}

	private record KeptCount(String table, String key, List<String> counted) {

	}

}
