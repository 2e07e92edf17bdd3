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
	 * The same incidents' ids, read only to count them, as many as {@code upTo} asks: one
	 * past the count's limit.
	 */
	@Query("select i.id " + TEXT_MATCHES)
	List<Long> idsMatching(@Param("departmentId") Long departmentId, @Param("text") String text,
			@Param("pair") String pair, Pageable upTo);

	@Query("""
			select count(i) from Incident i
			where i.status = org.cmooffice.crisis.IncidentStatus.OPEN
			  and (:departmentId is null or :departmentId member of i.departmentIds)
			""")
	long countOpen(@Param("departmentId") Long departmentId);

}
