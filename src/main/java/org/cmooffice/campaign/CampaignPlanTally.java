package org.cmooffice.campaign;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Plans and budget per department, fiscal year and status, from the rows the plan table's
 * triggers append to {@code campaign_plan_tally} (V26; folded by KeptCountsCompaction): a
 * few rows to add up instead of up to 20,000 plans on every list and home page.
 */
@Repository
class CampaignPlanTally {

	private static final String DECIDED = "('APPROVED', 'ACTIVE', 'COMPLETED')";

	private final NamedParameterJdbcTemplate jdbc;

	CampaignPlanTally(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** How many plans the list shows for these filters, each optional. */
	long plans(Long departmentId, Integer year, CampaignStatus status) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("department", departmentId)
			.addValue("year", year)
			.addValue("status", (status != null) ? status.name() : null);
		return this.jdbc.queryForObject("""
				select cast(coalesce(sum(plans), 0) as bigint) from campaign_plan_tally
				where (cast(:department as bigint) is null or department_id = :department)
				  and (cast(:year as integer) is null or fiscal_year = :year)
				  and (cast(:status as varchar) is null or status = :status)
				""", params, Long.class);
	}

	/** Per department: the budget of submitted plans and of decided ones. */
	Map<Long, long[]> budgetUse(int year) {
		Map<Long, long[]> sums = new HashMap<>();
		this.jdbc.query("""
				select department_id,
				  coalesce(sum(budget_jpy) filter (where status = 'SUBMITTED'), 0) as submitted,
				  coalesce(sum(budget_jpy) filter (where status in """ + DECIDED + """
				), 0) as decided
				from campaign_plan_tally where fiscal_year = :year group by department_id
				""", Map.of("year", year), (rs) -> {
			sums.put(rs.getLong("department_id"), new long[] { rs.getLong("submitted"), rs.getLong("decided") });
		});
		return sums;
	}

	/**
	 * A fiscal year's plans per status, of one department or all; every status present.
	 */
	Map<CampaignStatus, Long> byStatus(int year, Long departmentId) {
		Map<CampaignStatus, Long> counts = new EnumMap<>(CampaignStatus.class);
		for (CampaignStatus status : CampaignStatus.values()) {
			counts.put(status, 0L);
		}
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("year", year)
			.addValue("department", departmentId);
		this.jdbc.query("""
				select status, sum(plans) as plans from campaign_plan_tally
				where fiscal_year = :year and (cast(:department as bigint) is null or department_id = :department)
				group by status
				""", params, (rs) -> {
			counts.put(CampaignStatus.valueOf(rs.getString("status")), rs.getLong("plans"));
		});
		return counts;
	}

}
