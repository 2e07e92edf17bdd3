package org.cmooffice.stakeholder;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the rows the register's triggers append to {@code stakeholder_level_count} (one
 * per level pair a statement changed) back to one row per pair, so that the grid and
 * analytics add up a few dozen rows however much the register was edited. One statement,
 * so readers see the rows before or after it and the same sums either way; rows appended
 * while it runs are not in its snapshot and stay for the next run. Locked, so that with
 * several instances it runs once.
 */
@Component
class StakeholderLevelCountCompaction {

	private static final Logger log = LoggerFactory.getLogger(StakeholderLevelCountCompaction.class);

	private final JdbcTemplate jdbc;

	StakeholderLevelCountCompaction(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Scheduled(initialDelayString = "${cmo.stakeholder.level-count-compaction-every:PT10M}",
			fixedDelayString = "${cmo.stakeholder.level-count-compaction-every:PT10M}")
	@SchedulerLock(name = "stakeholder-level-count-compaction", lockAtMostFor = "PT10M")
	public void compact() {
		int rows = this.jdbc.update("""
				with folded as (delete from stakeholder_level_count returning influence, interest, stakeholders)
				insert into stakeholder_level_count (influence, interest, stakeholders)
				select influence, interest, sum(stakeholders) from folded
				group by influence, interest having sum(stakeholders) <> 0""");
		log.debug("Stakeholder level counts folded to {} rows", rows);
	}

}
