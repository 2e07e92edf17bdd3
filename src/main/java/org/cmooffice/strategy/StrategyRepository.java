package org.cmooffice.strategy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StrategyRepository extends JpaRepository<Strategy, Long> {

	List<Strategy> findAllByOrderByFiscalYearDescIdDesc();

	List<Strategy> findByStatusInOrderByFiscalYearDescIdDesc(List<StrategyStatus> statuses);

	Optional<Strategy> findFirstByFiscalYearAndStatus(int fiscalYear, StrategyStatus status);

	@Query("select o from Objective o join fetch o.strategy s where o.id = :id")
	Optional<Objective> findObjective(@Param("id") long id);

	@Query("select o from Objective o join fetch o.strategy s where s.status = :status order by s.fiscalYear desc, o.position")
	List<Objective> objectivesOf(@Param("status") StrategyStatus status);

	/**
	 * Objectives whose title or description contains the words, newest strategy first.
	 */
	@Query("""
			select o from Objective o join fetch o.strategy s
			where s.status in :statuses
			  and (lower(o.title) like :text escape '\\' or lower(o.description) like :text escape '\\')
			order by s.fiscalYear desc, o.position
			""")
	List<Objective> objectivesMatching(@Param("statuses") java.util.Collection<StrategyStatus> statuses,
			@Param("text") String text, org.springframework.data.domain.Pageable pageable);

	/**
	 * KPIs of strategies in force whose latest measurement is older than the day given,
	 * or none.
	 */
	@Query("""
			select k from StrategyKpi k join fetch k.objective o join fetch o.strategy s
			where s.status = org.cmooffice.strategy.StrategyStatus.ACTIVE
			  and not exists (select m from KpiMeasurement m where m.kpi = k and m.measuredOn >= :since)
			order by s.fiscalYear desc, o.position, k.position
			""")
	List<StrategyKpi> kpisNotMeasuredSince(@Param("since") java.time.LocalDate since);

}
