package org.cmooffice.shared.persistence;

import org.cmooffice.IntegrationTest;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every connection plans each statement for its values: the lists' optional filters and
 * two-character searches use their indexes only in such plans (a plan for any value made
 * the follow-up list 30 times slower on the large office). And no page's statement starts
 * parallel workers, which under many requests at once only cost CPU and lengthen the
 * tail. The connections of every request's own statements (its session, the header's
 * banner and unread count) keep PostgreSQL's default: those statements are the same
 * whatever the values, and planning them each time cost more than running them.
 */
@IntegrationTest
class QueryPlanningIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@SpringSessionDataSource
	DataSource sessions;

	@Autowired
	@EveryRequest
	DataSource everyRequest;

	@Autowired
	JdbcIndexedSessionRepository sessionRepository;

	@Test
	void statementsArePlannedForTheirValuesWithoutParallelWorkers() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
			assertThat(this.jdbc.queryForObject("show max_parallel_workers_per_gather", Integer.class)).isZero();
		}
	}

	@Test
	void everyRequestsStatementsKeepOnePlanOnConnectionsOfTheirOwn() {
		JdbcTemplate sessions = new JdbcTemplate(this.sessions);
		for (int i = 0; i < 3; i++) {
			assertThat(sessions.queryForObject("show plan_cache_mode", String.class)).isEqualTo("auto");
		}
		assertThat(this.sessions).isSameAs(this.everyRequest).isNotSameAs(this.jdbc.getDataSource());
		assertThat(
				((JdbcTemplate) ReflectionTestUtils.getField(this.sessionRepository, "jdbcOperations")).getDataSource())
			.isSameAs(this.sessions);
	}

	/**
	 * The register finds a word of many matches by walking its order only if the planner
	 * expects them, which it guesses from the texts kept in the column's histogram: of
	 * the default 101, none held a word in 6 % of the large office's entries, and its
	 * every search read and sorted the whole register (V32).
	 */
	@Test
	void theRegistersSearchTextIsSampledWidelyEnoughToGuessAWordsMatches() {
		assertThat(this.jdbc.queryForObject("""
				select attstattarget from pg_attribute
				where attrelid = 'stakeholder'::regclass and attname = 'search_text'
				""", Integer.class)).isEqualTo(1000);
	}

}
