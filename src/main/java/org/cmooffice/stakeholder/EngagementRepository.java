package org.cmooffice.stakeholder;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EngagementRepository extends JpaRepository<Engagement, Long> {

	List<Engagement> findByStakeholderIdOrderByOccurredOnDescIdDesc(long stakeholderId, Pageable pageable);

	long countByStakeholderId(long stakeholderId);

	/**
	 * Open follow-ups due by the given day that the user logged or whose stakeholder they
	 * own; for a liaison, only on stakeholders shared with their department.
	 */
	@Query("""
			select e from Engagement e join fetch e.stakeholder s
			where e.followUpOn is not null and e.followUpDone = false and e.followUpOn <= :until
			  and (e.loggedBy = :username or s.owner.id = :userId)
			  and (:departmentId is null or :departmentId member of s.departmentIds)
			order by e.followUpOn, e.id
			""")
	List<Engagement> followUpsDue(@Param("username") String username, @Param("userId") long userId,
			@Param("departmentId") Long departmentId, @Param("until") LocalDate until, Pageable pageable);

	@Modifying
	@Query("update Engagement e set e.summary = '—', e.attendees = null, e.followUpAction = null, e.followUpDone = true"
			+ " where e.stakeholder.id = :stakeholderId")
	int erasePersonalText(@Param("stakeholderId") long stakeholderId);

}
