package org.cmooffice.stakeholder;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StakeholderRepository extends JpaRepository<Stakeholder, Long> {

	/** The last engagement date moves forward only, and is not an edit of the record. */
	@Modifying
	@Query("""
			update Stakeholder s set s.lastEngagedOn = :date
			where s.id = :id and (s.lastEngagedOn is null or s.lastEngagedOn < :date)
			""")
	int engagedOn(@Param("id") long id, @Param("date") LocalDate date);

	Optional<Stakeholder> findFirstByKindAndNameOrderByIdAsc(StakeholderKind kind, String name);

	List<Stakeholder> findByKindAndNameIn(StakeholderKind kind, Collection<String> names);

	/** People whose personal data is kept beyond its retention date. */
	@Query("""
			select s from Stakeholder s
			where s.kind = org.cmooffice.stakeholder.StakeholderKind.PERSON and s.anonymisedAt is null
			  and s.retentionDate < :today
			order by s.retentionDate, s.id
			""")
	Page<Stakeholder> pastRetention(@Param("today") LocalDate today, Pageable pageable);

	@Query("""
			select count(s) from Stakeholder s
			where s.kind = org.cmooffice.stakeholder.StakeholderKind.PERSON and s.anonymisedAt is null
			  and s.retentionDate < :today
			""")
	long countPastRetention(@Param("today") LocalDate today);

}
