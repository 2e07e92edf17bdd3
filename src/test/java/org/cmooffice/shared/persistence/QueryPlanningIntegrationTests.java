package org.cmooffice.shared.persistence;

import org.cmooffice.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every connection plans each statement for its values: the lists' optional filters and
 * two-character searches use their indexes only in such plans (a plan for any value made
 * the follow-up list 30 times slower on the large office). And no page's statement starts
 * parallel workers, which under many requests at once only cost CPU and lengthen the
 * tail.
 */
@IntegrationTest
class QueryPlanningIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void statementsArePlannedForTheirValuesWithoutParallelWorkers() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
			assertThat(this.jdbc.queryForObject("show max_parallel_workers_per_gather", Integer.class)).isZero();
		}
	}

}
