package org.cmooffice.strategy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/**
 * How an objective is measured: from a baseline towards a target, up or down, with its
 * measurements over time. The current value is the latest measurement.
 */
@Entity
@Table(name = "strategy_kpi")
public class StrategyKpi {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "objective_id")
	private Objective objective;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false, length = 50)
	private String unit;

	@Column(nullable = false, precision = 18, scale = 2)
	private BigDecimal baseline;

	@Column(nullable = false, precision = 18, scale = 2)
	private BigDecimal target;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 4)
	private KpiDirection direction;

	@OneToMany(mappedBy = "kpi", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<KpiMeasurement> measurements = new ArrayList<>();

	protected StrategyKpi() {
	}

	StrategyKpi(Objective objective, int position, String name, String unit, BigDecimal baseline, BigDecimal target,
			KpiDirection direction) {
		this.objective = objective;
		this.position = position;
		this.name = name.strip();
		this.unit = unit.strip();
		this.baseline = baseline;
		this.target = target;
		this.direction = direction;
	}

	void measure(LocalDate on, BigDecimal value, String source, String by, Instant at) {
		this.measurements.add(new KpiMeasurement(this, on, value, source.strip(), by, at));
	}

	/** The latest measurement, by date then by entry. */
	public Optional<KpiMeasurement> latest() {
		return this.measurements.stream()
			.max(Comparator.comparing(KpiMeasurement::getMeasuredOn).thenComparing(KpiMeasurement::getEnteredAt));
	}

	public BigDecimal getCurrent() {
		return latest().map(KpiMeasurement::getValue).orElse(null);
	}

	/**
	 * How far from the baseline towards the target the latest measurement has come, in
	 * per cent: 0 at the baseline, 100 at the target, more beyond it, negative when it
	 * went the wrong way. Empty without a measurement or when target and baseline are
	 * equal.
	 */
	public BigDecimal getAttainment() {
		BigDecimal current = getCurrent();
		BigDecimal span = this.target.subtract(this.baseline);
		if (current == null || span.signum() == 0) {
			return null;
		}
		BigDecimal progress = current.subtract(this.baseline);
		return progress.multiply(BigDecimal.valueOf(100)).divide(span, 1, RoundingMode.HALF_UP);
	}

	/** The attainment for a progress bar: between 0 and 100. */
	public int getAttainmentBar() {
		BigDecimal attainment = getAttainment();
		return (attainment == null) ? 0 : Math.max(0, Math.min(100, attainment.intValue()));
	}

	public List<KpiMeasurement> getMeasurements() {
		return this.measurements.stream()
			.sorted(Comparator.comparing(KpiMeasurement::getMeasuredOn).reversed())
			.toList();
	}

	public Long getId() {
		return this.id;
	}

	public Objective getObjective() {
		return this.objective;
	}

	public String getName() {
		return this.name;
	}

	public String getUnit() {
		return this.unit;
	}

	public BigDecimal getBaseline() {
		return this.baseline;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public KpiDirection getDirection() {
		return this.direction;
	}

}
