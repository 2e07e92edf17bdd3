package org.cmooffice.strategy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.transaction.annotation.Transactional;

/**
 * Strategies for tests that need one in force without walking through its pages.
 */
public class StrategyFixtures {

	private final StrategyRepository strategies;

	StrategyFixtures(StrategyRepository strategies) {
		this.strategies = strategies;
	}

	/**
	 * An active strategy with one objective, one KPI and one measurement, for its fiscal
	 * year.
	 */
	@Transactional
	public long active(int fiscalYear, String title) {
		Strategy strategy = new Strategy(fiscalYear, title, "県民に届く広報", LocalDate.of(fiscalYear, 4, 1),
				LocalDate.of(fiscalYear + 1, 3, 31), "山田 花子");
		Objective objective = strategy.addObjective("健康づくりの行動変容", "健診受診を後押しする", Priority.HIGH);
		strategy.addAudience("子育て世帯", 180_000L, "スマートフォンで情報を得る");
		this.strategies.saveAndFlush(strategy);
		StrategyKpi kpi = strategy.addKpi(objective.getId(), "特定健診受診率", "%", new BigDecimal("48"), new BigDecimal("55"),
				KpiDirection.UP);
		this.strategies.flush();
		strategy.measure(kpi.getId(), LocalDate.of(fiscalYear, 6, 1), new BigDecimal("51.5"), "国保データベース", "analyst",
				Instant.now());
		strategy.activate("cmo", Instant.now());
		this.strategies.flush();
		return strategy.getId();
	}

}
