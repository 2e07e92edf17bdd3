package org.cmooffice.campaign;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BlackoutPeriodRepository extends JpaRepository<BlackoutPeriod, Long> {

	List<BlackoutPeriod> findAllByOrderByStartDateDesc();

	@Query("select b from BlackoutPeriod b where b.startDate <= :end and b.endDate >= :start order by b.startDate")
	List<BlackoutPeriod> overlapping(@Param("start") LocalDate start, @Param("end") LocalDate end);

}
