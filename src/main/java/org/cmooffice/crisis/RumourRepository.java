package org.cmooffice.crisis;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RumourRepository extends JpaRepository<Rumour, Long> {

	List<Rumour> findByIncidentIdOrderByFirstSeenDescIdDesc(long incidentId);

	@EntityGraph(attributePaths = "incident")
	@Query(value = "select r from Rumour r where lower(r.claim) like :text escape '\\'",
			countQuery = "select count(r) from Rumour r where lower(r.claim) like :text escape '\\'")
	Page<Rumour> searchText(@Param("text") String text, Pageable pageable);

	@EntityGraph(attributePaths = "incident")
	@Query(value = """
			select r from Rumour r
			where (:factCheck is null or r.factCheck = :factCheck)
			  and (:standalone = false or r.incident is null)
			""", countQuery = """
			select count(r) from Rumour r
			where (:factCheck is null or r.factCheck = :factCheck)
			  and (:standalone = false or r.incident is null)
			""")
	Page<Rumour> search(@Param("factCheck") FactCheck factCheck, @Param("standalone") boolean standalone,
			Pageable pageable);

}
