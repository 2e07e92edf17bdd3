package org.cmooffice.strategy;

import java.math.BigDecimal;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.cmooffice.shared.persistence.BaseEntity;

/**
 * The marketing strategy of one fiscal year. Drafts are edited by the CMO office; the CMO
 * activates one per fiscal year; it is archived when replaced or closed, and never edited
 * again once active.
 */
@Entity
@Table(name = "strategy")
public class Strategy extends BaseEntity {

	@Column(name = "fiscal_year", nullable = false)
	private int fiscalYear;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false)
	private String vision;

	@Column(name = "period_start", nullable = false)
	private LocalDate periodStart;

	@Column(name = "period_end", nullable = false)
	private LocalDate periodEnd;

	@Column(name = "owner_name", nullable = false, length = 100)
	private String ownerName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private StrategyStatus status = StrategyStatus.DRAFT;

	@Column(name = "activated_by", length = 64)
	private String activatedBy;

	@Column(name = "activated_at")
	private Instant activatedAt;

	@OneToMany(mappedBy = "strategy", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Objective> objectives = new ArrayList<>();

	@OneToMany(mappedBy = "strategy", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<TargetAudience> audiences = new ArrayList<>();

	protected Strategy() {
	}

	Strategy(int fiscalYear, String title, String vision, LocalDate periodStart, LocalDate periodEnd,
			String ownerName) {
		this.fiscalYear = fiscalYear;
		apply(title, vision, periodStart, periodEnd, ownerName);
	}

	void revise(String title, String vision, LocalDate periodStart, LocalDate periodEnd, String ownerName) {
		requireDraft();
		apply(title, vision, periodStart, periodEnd, ownerName);
	}

	Objective addObjective(String title, String description, Priority priority) {
		requireDraft();
		Objective objective = new Objective(this, this.objectives.size(), title, description, priority);
		this.objectives.add(objective);
		return objective;
	}

	void removeObjective(long objectiveId) {
		requireDraft();
		this.objectives.removeIf((objective) -> objective.getId() == objectiveId);
	}

	StrategyKpi addKpi(long objectiveId, String name, String unit, BigDecimal baseline, BigDecimal target,
			KpiDirection direction) {
		requireDraft();
		return objective(objectiveId).addKpi(name, unit, baseline, target, direction);
	}

	TargetAudience addAudience(String segment, Long sizeEstimate, String insight) {
		requireDraft();
		TargetAudience audience = new TargetAudience(this, this.audiences.size(), segment, sizeEstimate, insight);
		this.audiences.add(audience);
		return audience;
	}

	void removeAudience(long audienceId) {
		requireDraft();
		this.audiences.removeIf((audience) -> audience.getId() == audienceId);
	}

	/**
	 * Measurements are recorded while the strategy is drafted or in force, not once
	 * archived.
	 */
	void measure(long kpiId, LocalDate on, BigDecimal value, String source, String by, Instant at) {
		if (this.status == StrategyStatus.ARCHIVED) {
			throw new StrategyRefused("strategy.refused.archived");
		}
		kpi(kpiId).orElseThrow(() -> new StrategyRefused("strategy.refused.noSuchKpi"))
			.measure(on, value, source, by, at);
	}

	void activate(String actor, Instant now) {
		requireDraft();
		if (this.objectives.isEmpty()) {
			throw new StrategyRefused("strategy.refused.noObjectives");
		}
		this.status = StrategyStatus.ACTIVE;
		this.activatedBy = actor;
		this.activatedAt = now;
	}

	void archive() {
		if (this.status != StrategyStatus.ACTIVE) {
			throw new StrategyRefused("strategy.refused.notActive");
		}
		this.status = StrategyStatus.ARCHIVED;
	}

	public Optional<StrategyKpi> kpi(long kpiId) {
		return this.objectives.stream()
			.flatMap((objective) -> objective.getKpis().stream())
			.filter((kpi) -> kpi.getId() != null && kpi.getId() == kpiId)
			.findFirst();
	}

	public Objective objective(long objectiveId) {
		return this.objectives.stream()
			.filter((objective) -> objective.getId() != null && objective.getId() == objectiveId)
			.findFirst()
			.orElseThrow(() -> new StrategyRefused("strategy.refused.noSuchObjective"));
	}

	private void apply(String title, String vision, LocalDate periodStart, LocalDate periodEnd, String ownerName) {
		if (periodEnd.isBefore(periodStart)) {
			throw new StrategyRefused("strategy.refused.periodEndBeforeStart");
		}
		this.title = title.strip();
		this.vision = vision.strip();
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.ownerName = ownerName.strip();
	}

	private void requireDraft() {
		if (this.status != StrategyStatus.DRAFT) {
			throw new StrategyRefused("strategy.refused.notDraft");
		}
	}

	public int getFiscalYear() {
		return this.fiscalYear;
	}

	public String getTitle() {
		return this.title;
	}

	public String getVision() {
		return this.vision;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public String getOwnerName() {
		return this.ownerName;
	}

	public StrategyStatus getStatus() {
		return this.status;
	}

	public String getActivatedBy() {
		return this.activatedBy;
	}

	public Instant getActivatedAt() {
		return this.activatedAt;
	}

	/** Objectives by priority, then in the order they were written. */
	public List<Objective> getObjectives() {
		return this.objectives.stream().sorted(Comparator.comparing(Objective::getPriority)).toList();
	}

	public List<TargetAudience> getAudiences() {
		return List.copyOf(this.audiences);
	}

}
