package org.cmooffice.strategy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.cmooffice.audit.AuditAction;
import org.cmooffice.audit.AuditLog;
import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.Like;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.cmooffice.shared.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategies and their objectives, KPIs, measurements and audiences. The CMO office
 * drafts; only the CMO activates and archives; analysts and staff record measurements;
 * every business role reads strategies in force and archived, drafts stay with the
 * office.
 */
@Service
public class Strategies {

	static final String ENTITY = "STRATEGY";

	private final StrategyRepository strategies;

	private final EntityManager entityManager;

	private final AuditLog auditLog;

	private final Clock clock;

	Strategies(StrategyRepository strategies, EntityManager entityManager, AuditLog auditLog, Clock clock) {
		this.strategies = strategies;
		this.entityManager = entityManager;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public List<Strategy> visibleTo(CurrentUser user) {
		List<Strategy> visible = isOffice(user) ? this.strategies.findAllByOrderByFiscalYearDescIdDesc()
				: this.strategies
					.findByStatusInOrderByFiscalYearDescIdDesc(List.of(StrategyStatus.ACTIVE, StrategyStatus.ARCHIVED));
		// The list shows how many objectives each has: loaded in batches, not one query
		// per row.
		visible.forEach(Strategy::getObjectives);
		return visible;
	}

	/**
	 * Objectives mentioning the words, in the strategies the user may read (drafts are
	 * the office's), for the global search.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public List<Objective> objectivesMatching(CurrentUser user, String words, int limit) {
		List<StrategyStatus> statuses = isOffice(user) ? List.of(StrategyStatus.values())
				: List.of(StrategyStatus.ACTIVE, StrategyStatus.ARCHIVED);

		return this.strategies.objectivesMatching(statuses, Like.containing(words),
				org.springframework.data.domain.PageRequest.of(0, limit));
	}

	/** KPIs of the strategies in force without a measurement in the last three months. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'ANALYST')")
	public List<StrategyKpi> kpisLackingMeasurements() {
		return this.strategies.kpisNotMeasuredSince(LocalDate.now(this.clock).minusMonths(3));
	}

	/** A strategy with everything its page shows. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public Strategy get(CurrentUser user, long id) {
		Strategy strategy = readable(user, id);
		strategy.getAudiences();
		strategy.getObjectives().forEach((objective) -> objective.getKpis().forEach(StrategyKpi::getMeasurements));
		return strategy;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public Objective objective(CurrentUser user, long strategyId, long objectiveId) {
		Strategy strategy = get(user, strategyId);
		return strategy.objective(objectiveId);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public Strategy create(int fiscalYear, String title, String vision, LocalDate start, LocalDate end, String owner) {
		Strategy strategy = this.strategies.save(new Strategy(fiscalYear, title, vision, start, end, owner));
		this.auditLog.record(AuditAction.STRATEGY_CREATED, ENTITY, strategy.getId(),
				"FY" + fiscalYear + ": " + strategy.getTitle());
		return strategy;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public Strategy revise(long id, long version, String title, String vision, LocalDate start, LocalDate end,
			String owner) {
		Strategy strategy = forChange(id, version);
		strategy.revise(title, vision, start, end, owner);
		this.auditLog.record(AuditAction.STRATEGY_EDITED, ENTITY, id, strategy.getTitle());
		return strategy;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public Objective addObjective(long id, long version, String title, String description, Priority priority) {
		Strategy strategy = forChange(id, version);
		Objective objective = strategy.addObjective(title, description, priority);
		this.auditLog.record(AuditAction.STRATEGY_EDITED, ENTITY, id, "objective added: " + objective.getTitle());
		return objective;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public void removeObjective(long id, long version, long objectiveId) {
		Strategy strategy = forChange(id, version);
		String title = strategy.objective(objectiveId).getTitle();
		strategy.removeObjective(objectiveId);
		this.auditLog.record(AuditAction.STRATEGY_EDITED, ENTITY, id, "objective removed: " + title);
	}

	/**
	 * A KPI must point the way its direction says: up above the baseline, down below it.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public StrategyKpi addKpi(long id, long version, long objectiveId, String name, String unit, BigDecimal baseline,
			BigDecimal target, KpiDirection direction) {
		int comparison = target.compareTo(baseline);
		if ((direction == KpiDirection.UP && comparison <= 0) || (direction == KpiDirection.DOWN && comparison >= 0)) {
			throw new InputRejected("target", "strategy.kpi.targetDirection");
		}
		Strategy strategy = forChange(id, version);
		StrategyKpi kpi = strategy.addKpi(objectiveId, name, unit, baseline, target, direction);
		this.auditLog.record(AuditAction.STRATEGY_EDITED, ENTITY, id, "KPI added: " + kpi.getName());
		return kpi;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public TargetAudience addAudience(long id, long version, String segment, Long sizeEstimate, String insight) {
		Strategy strategy = forChange(id, version);
		TargetAudience audience = strategy.addAudience(segment, sizeEstimate, insight);
		this.auditLog.record(AuditAction.STRATEGY_EDITED, ENTITY, id, "audience added: " + audience.getSegment());
		return audience;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public void removeAudience(long id, long version, long audienceId) {
		Strategy strategy = forChange(id, version);
		strategy.removeAudience(audienceId);
		this.auditLog.record(AuditAction.STRATEGY_EDITED, ENTITY, id, "audience removed");
	}

	/** Analysts and the office record what a KPI measured, and when. */
	@Transactional
	@PreAuthorize("hasAnyRole('ANALYST', 'STAFF')")
	public void measure(CurrentUser user, long id, long kpiId, LocalDate on, BigDecimal value, String source) {
		Strategy strategy = readable(user, id);
		if (on.isAfter(LocalDate.now(this.clock))) {
			throw new InputRejected("measuredOn", "strategy.measurement.future");
		}
		strategy.measure(kpiId, on, value, source, user.getUsername(), this.clock.instant());
		this.auditLog.record(AuditAction.KPI_MEASURED, ENTITY, id, "KPI " + kpiId + " = " + value + " on " + on);
	}

	/**
	 * The strategy in force for its fiscal year now: only the CMO decides. Another
	 * strategy in force for the same year is archived only when the CMO has confirmed it.
	 * @throws ReplacementUnconfirmed when another is in force and replacing it was not
	 * confirmed
	 */
	@Transactional
	@PreAuthorize("hasRole('CMO')")
	public Strategy activate(CurrentUser user, long id, long version, boolean replaceConfirmed) {
		Strategy strategy = forChange(id, version);
		Optional<Strategy> current = this.strategies.findFirstByFiscalYearAndStatus(strategy.getFiscalYear(),
				StrategyStatus.ACTIVE);
		if (current.isPresent()) {
			if (!replaceConfirmed) {
				throw new ReplacementUnconfirmed(current.get());
			}
			current.get().archive();
			this.auditLog.record(AuditAction.STRATEGY_ARCHIVED, ENTITY, current.get().getId(),
					current.get().getTitle() + " (replaced)");
			// The archive reaches the database before the new strategy takes the year's
			// one active place.
			this.strategies.flush();
		}
		strategy.activate(user.getUsername(), this.clock.instant());
		this.auditLog.record(AuditAction.STRATEGY_ACTIVATED, ENTITY, id,
				"FY" + strategy.getFiscalYear() + ": " + strategy.getTitle());
		return strategy;
	}

	@Transactional
	@PreAuthorize("hasRole('CMO')")
	public Strategy archive(long id, long version) {
		Strategy strategy = forChange(id, version);
		strategy.archive();
		this.auditLog.record(AuditAction.STRATEGY_ARCHIVED, ENTITY, id, strategy.getTitle());
		return strategy;
	}

	/** The objectives a campaign plan may serve: those of strategies in force. */
	@Transactional(readOnly = true)
	public List<ObjectiveOption> objectiveOptions() {
		return this.strategies.objectivesOf(StrategyStatus.ACTIVE)
			.stream()
			.map((objective) -> new ObjectiveOption(objective.getId(), objective.getStrategy().getFiscalYear(),
					objective.getStrategy().getTitle(), objective.getTitle()))
			.toList();
	}

	/** Objectives by id, for a plan's page; whatever their strategy's state now. */
	@Transactional(readOnly = true)
	public Map<Long, ObjectiveOption> objectives(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return ids.stream()
			.map(this.strategies::findObjective)
			.flatMap(Optional::stream)
			.map((objective) -> new ObjectiveOption(objective.getId(), objective.getStrategy().getFiscalYear(),
					objective.getStrategy().getTitle(), objective.getTitle()))
			.collect(Collectors.toMap(ObjectiveOption::id, Function.identity()));
	}

	/** Loads a strategy to change it; its version moves with any change to its parts. */
	private Strategy forChange(long id, long version) {
		Strategy strategy = find(id);
		strategy.checkVersion(version);
		this.entityManager.lock(strategy, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		return strategy;
	}

	private Strategy readable(CurrentUser user, long id) {
		Strategy strategy = find(id);
		if (strategy.getStatus() == StrategyStatus.DRAFT && !isOffice(user)) {
			throw new AccessDeniedException("Drafts are the CMO office's");
		}
		return strategy;
	}

	private Strategy find(long id) {
		return this.strategies.findById(id).orElseThrow(() -> new NotFoundException("Strategy", id));
	}

	static boolean isOffice(CurrentUser user) {
		return user.isOffice();
	}

	/** Another strategy is in force for the year: the CMO must confirm replacing it. */
	public static class ReplacementUnconfirmed extends RuntimeException {

		private final transient Strategy current;

		ReplacementUnconfirmed(Strategy current) {
			super("Strategy " + current.getId() + " is in force for FY" + current.getFiscalYear());
			this.current = current;
		}

		public Strategy current() {
			return this.current;
		}

	}

}
