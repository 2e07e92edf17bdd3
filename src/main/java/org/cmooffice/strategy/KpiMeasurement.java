package org.cmooffice.strategy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A KPI's value on a date, with where it came from and who entered it.
 */
@Entity
@Table(name = "kpi_measurement")
public class KpiMeasurement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "kpi_id")
	private StrategyKpi kpi;

	@Column(name = "measured_on", nullable = false)
	private LocalDate measuredOn;

	@Column(nullable = false, precision = 18, scale = 2)
	private BigDecimal value;

	@Column(nullable = false, length = 200)
	private String source;

	@Column(name = "entered_by", nullable = false, length = 64)
	private String enteredBy;

	@Column(name = "entered_at", nullable = false)
	private Instant enteredAt;

	protected KpiMeasurement() {
	}

	KpiMeasurement(StrategyKpi kpi, LocalDate measuredOn, BigDecimal value, String source, String enteredBy,
			Instant enteredAt) {
		this.kpi = kpi;
		this.measuredOn = measuredOn;
		this.value = value;
		this.source = source;
		this.enteredBy = enteredBy;
		this.enteredAt = enteredAt;
	}

	public LocalDate getMeasuredOn() {
		return this.measuredOn;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public String getSource() {
		return this.source;
	}

	public Instant getEnteredAt() {
		return this.enteredAt;
	}

	public String getEnteredBy() {
		return this.enteredBy;
	}

}
