package org.cmooffice.analytics;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts engagements per month and stakeholder category for the months before the current
 * one, so that the analytics page reads a few hundred rows instead of a million. Replaced
 * whole in one transaction (readers see the old counts until it commits), on start-up and
 * every ten minutes, by one instance at a time; an engagement logged later for a past
 * month is counted at the next refresh.
 */
@Component
class EngagementRollup {

	private static final Logger log = LoggerFactory.getLogger(EngagementRollup.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	EngagementRollup(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(initialDelay = 0, fixedDelayString = "${cmo.analytics.rollup-every:PT10M}")
	@SchedulerLock(name = "engagement-rollup", lockAtMostFor = "PT10M")
	@Transactional
	public void refresh() {
		long start = System.nanoTime();
		LocalDate before = LocalDate.now(this.clock).withDayOfMonth(1);
		this.jdbc.update("delete from engagement_month_rollup");
		int rows = this.jdbc.update("""
				insert into engagement_month_rollup (month, category, engagements)
				select date_trunc('month', e.occurred_on)::date, s.category, count(*)
				from engagement e join stakeholder s on s.id = e.stakeholder_id
				where e.occurred_on < ?
				group by 1, 2""", before);
		this.jdbc.update("""
				insert into engagement_rollup_state (id, covers_before, refreshed_at) values (1, ?, now())
				on conflict (id) do update set covers_before = excluded.covers_before, refreshed_at = now()""", before);
		log.info("Engagement roll-up refreshed: {} month-category rows before {} in {} ms", rows, before,
				(System.nanoTime() - start) / 1_000_000);
	}

}
