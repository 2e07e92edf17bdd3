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
	 * own, at most {@code shown}. The follow-ups are chosen by their ids alone, from the
	 * open follow-ups' index, which holds the day, the stakeholder and who logged it:
	 * read with the whole engagement, each of the office's open follow-ups due by then
	 * was fetched from the table only to be dropped by the condition on the user (about
	 * 1,900 rows for 4 shown on the large office, 3.6 ms; 1.1 ms by ids). The condition
	 * on the owner is a sub-query on the engagement's own column, not a condition on a
	 * joined row: that made PostgreSQL join the whole register before filtering (118 ms
	 * on 100,000 stakeholders).
	 */
	@Query("""
			select e from Engagement e join fetch e.stakeholder
			where e.id in (
			  select d.id from Engagement d
			  where d.followUpOn is not null and d.followUpDone = false and d.followUpOn <= :until
			    and (d.loggedBy = :username
			      or d.stakeholder.id in (select o.id from Stakeholder o where o.owner.id = :userId))
			  order by d.followUpOn, d.id
			  limit :shown)
			order by e.followUpOn, e.id
			""")
	List<Engagement> followUpsDue(@Param("username") String username, @Param("userId") long userId,
			@Param("until") LocalDate until, @Param("shown") int shown);

	/**
	 * A liaison's open follow-ups, as above but only on stakeholders shared with their
	 * department. The department is a join on the stakeholder's department link, looked
	 * up for the few follow-ups left: as a sub-query PostgreSQL hashed all of a large
	 * department's stakeholders first (35,000 on the large office, 28 ms a home page; 1
	 * ms joined).
	 */
	@Query("""
			select e from Engagement e join fetch e.stakeholder
			where e.id in (
			  select d.id from Engagement d join d.stakeholder s join s.departmentIds department
			  where department = :departmentId
			    and d.followUpOn is not null and d.followUpDone = false and d.followUpOn <= :until
			    and (d.loggedBy = :username
			      or fk(d.stakeholder) in (select o.id from Stakeholder o where o.owner.id = :userId))
			  order by d.followUpOn, d.id
			  limit :shown)
			order by e.followUpOn, e.id
			""")
	List<Engagement> followUpsDueInDepartment(@Param("username") String username, @Param("userId") long userId,
			@Param("departmentId") long departmentId, @Param("until") LocalDate until, @Param("shown") int shown);

	@Modifying
	@Query("update Engagement e set e.summary = '—', e.attendees = null, e.followUpAction = null, e.followUpDone = true"
			+ " where e.stakeholder.id = :stakeholderId")
	int erasePersonalText(@Param("stakeholderId") long stakeholderId);

}
