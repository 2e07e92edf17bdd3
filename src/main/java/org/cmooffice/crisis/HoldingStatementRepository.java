package org.cmooffice.crisis;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HoldingStatementRepository extends JpaRepository<HoldingStatement, Long> {

	Optional<HoldingStatement> findByIncidentId(long incidentId);

	List<HoldingStatement> findByStatusOrderBySubmittedAtAsc(StatementStatus status);

	List<HoldingStatement> findByIncidentIsNullOrderByScenarioAscTitleAsc();

	List<HoldingStatement> findByScenarioOrderByIdAsc(Scenario scenario);

}
