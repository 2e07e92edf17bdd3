package org.cmooffice.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything a liaison writes in a plan, as the form hands it to the service.
 */
public record PlanContent(String title, String objective, Set<Long> objectiveIds, String audience, String strategy,
		Set<Channel> channels, LocalDate startDate, LocalDate endDate, List<Line> budgetLines, List<Step> milestones,
		List<Target> kpis, List<Risk> risks) {

	public record Line(String item, Channel channel, long amountJpy) {
	}

	public record Step(String name, LocalDate dueDate) {
	}

	public record Target(String metric, String unit, BigDecimal target) {
	}

	public record Risk(String risk, String mitigation) {
	}

}
