package org.cmooffice.crisis;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IncidentRepository extends JpaRepository<Incident, Long> {

	/**
	 * A page of incidents, newest first; for a liaison only those affecting their
	 * department.
	 */
	@EntityGraph(attributePaths = "owner")
	@Query(value = """
			select i from Incident i
			where (:departmentId is null or :departmentId member of i.departmentIds)
			  and (:status is null or i.status = :status)
			""", countQuery = """
			select count(i) from Incident i
			where (:departmentId is null or :departmentId member of i.departmentIds)
			  and (:status is null or i.status = :status)
			""")
	Page<Incident> search(@Param("departmentId") Long departmentId, @Param("status") IncidentStatus status,
			Pageable pageable);

	/**
	 * Incidents whose title or description contains the words, for the global search;
	 * with a department, those affecting it only.
	 */
	String TEXT_MATCHES = """
			from Incident i
			where (:departmentId is null or :departmentId member of i.departmentIds)
			  and (lower(i.title) like :text escape '\\' or lower(i.description) like :text escape '\\')
			  and (:pair is null or function('contains_bigram', lower(i.title), cast(:pair as String)) = true
			    or function('contains_bigram', lower(i.description), cast(:pair as String)) = true)
			""";

	@EntityGraph(attributePaths = "owner")
	@Query("select i " + TEXT_MATCHES)
	List<Incident> searchText(@Param("departmentId") Long departmentId, @Param("text") String text,
			@Param("pair") String pair, Pageable pageable);

	/**
	 * How many of the same incidents there are, counting no further than {@code upTo}
	 * (see {@code RumourRepository.countUpTo}).
	 */
	@Query(nativeQuery = true, value = """
			select count(*) from (
			  select 1 from crisis_incident i
			  where (cast(:departmentId as bigint) is null or exists (select 1 from crisis_incident_department d
			           where d.incident_id = i.id and d.department_id = cast(:departmentId as bigint)))
			    and (lower(i.title) like :text escape '\\' or lower(i.description) like :text escape '\\')
			    and (cast(:pair as text) is null or contains_bigram(lower(i.title), cast(:pair as text))
			      or contains_bigram(lower(i.description), cast(:pair as text)))
			  limit :upTo) matches
			""")
	long countUpTo(@Param("departmentId") Long departmentId, @Param("text") String text, @Param("pair") String pair,
			@Param("upTo") int upTo);

	@Query("""
			select count(i) from Incident i
			where i.status = org.cmooffice.crisis.IncidentStatus.OPEN
			  and (:departmentId is null or :departmentId member of i.departmentIds)
			""")
	long countOpen(@Param("departmentId") Long departmentId);

}
