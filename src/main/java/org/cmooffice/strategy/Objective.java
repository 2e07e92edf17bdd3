package org.cmooffice.strategy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * What the strategy sets out to achieve, measured by its KPIs; campaign plans say which
 * objectives they serve.
 */
@Entity
@Table(name = "strategy_objective")
public class Objective {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "strategy_id")
	private Strategy strategy;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 200)
	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Priority priority;

	@OneToMany(mappedBy = "objective", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<StrategyKpi> kpis = new ArrayList<>();

	protected Objective() {
	}

	Objective(Strategy strategy, int position, String title, String description, Priority priority) {
		this.strategy = strategy;
		this.position = position;
		describe(title, description, priority);
	}

	final void describe(String title, String description, Priority priority) {
		this.title = title.strip();
		this.description = (description == null || description.isBlank()) ? null : description.strip();
		this.priority = priority;
	}

	StrategyKpi addKpi(String name, String unit, BigDecimal baseline, BigDecimal target, KpiDirection direction) {
		StrategyKpi kpi = new StrategyKpi(this, this.kpis.size(), name, unit, baseline, target, direction);
		this.kpis.add(kpi);
		return kpi;
	}

	public Long getId() {
		return this.id;
	}

	public Strategy getStrategy() {
		return this.strategy;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public Priority getPriority() {
		return this.priority;
	}

	public List<StrategyKpi> getKpis() {
		return List.copyOf(this.kpis);
	}

}
