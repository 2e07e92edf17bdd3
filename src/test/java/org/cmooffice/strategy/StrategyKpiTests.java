package org.cmooffice.strategy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StrategyKpiTests {

	private static final Instant NOW = Instant.parse("2026-10-01T00:00:00Z");

	@Test
	void attainmentOfARisingKpiIsTheShareOfTheWayFromBaselineToTarget() {
		StrategyKpi kpi = kpi("48", "55", KpiDirection.UP);
		kpi.measure(LocalDate.of(2026, 6, 1), new BigDecimal("49"), "調査", "analyst", NOW);
		kpi.measure(LocalDate.of(2026, 9, 1), new BigDecimal("51.5"), "調査", "analyst", NOW);

		assertThat(kpi.getCurrent()).isEqualByComparingTo("51.5");
		assertThat(kpi.getAttainment()).isEqualByComparingTo("50.0");
		assertThat(kpi.getAttainmentBar()).isEqualTo(50);
	}

	@Test
	void attainmentOfAFallingKpiCountsTheFallTowardsTheTarget() {
		StrategyKpi kpi = kpi("1200", "1000", KpiDirection.DOWN);
		kpi.measure(LocalDate.of(2026, 8, 1), new BigDecimal("1080"), "消防庁", "analyst", NOW);

		assertThat(kpi.getAttainment()).isEqualByComparingTo("60.0");
	}

	@Test
	void goingTheWrongWayIsNegativeAndBeyondTheTargetIsOverAHundred() {
		StrategyKpi falling = kpi("1200", "1000", KpiDirection.DOWN);
		falling.measure(LocalDate.of(2026, 8, 1), new BigDecimal("1300"), "消防庁", "analyst", NOW);
		StrategyKpi rising = kpi("35", "60", KpiDirection.UP);
		rising.measure(LocalDate.of(2026, 8, 1), new BigDecimal("65"), "調査", "analyst", NOW);

		assertThat(falling.getAttainment()).isEqualByComparingTo("-50.0");
		assertThat(falling.getAttainmentBar()).isZero();
		assertThat(rising.getAttainment()).isEqualByComparingTo("120.0");
		assertThat(rising.getAttainmentBar()).isEqualTo(100);
	}

	@Test
	void theLatestMeasurementByDateIsTheCurrentValue() {
		StrategyKpi kpi = kpi("0", "100", KpiDirection.UP);
		kpi.measure(LocalDate.of(2026, 9, 1), new BigDecimal("40"), "調査", "analyst", NOW);
		kpi.measure(LocalDate.of(2026, 7, 1), new BigDecimal("90"), "遅れて入力された過去の値", "analyst", NOW.plusSeconds(60));

		assertThat(kpi.getCurrent()).isEqualByComparingTo("40");
	}

	@Test
	void withoutAMeasurementThereIsNoAttainment() {
		assertThat(kpi("0", "100", KpiDirection.UP).getAttainment()).isNull();
	}

	private static StrategyKpi kpi(String baseline, String target, KpiDirection direction) {
		Strategy strategy = new Strategy(2026, "戦略", "ビジョン", LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), "山田");
		Objective objective = strategy.addObjective("目標", null, Priority.HIGH);
		return objective.addKpi("指標", "%", new BigDecimal(baseline), new BigDecimal(target), direction);
	}

}
