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
	@Query(value = """
			select r from Rumour r where lower(r.claim) like :text escape '\\'
			  and (:pair is null or function('contains_bigram', lower(r.claim), cast(:pair as String)) = true)
			""", countQuery = """
			select count(r) from Rumour r where lower(r.claim) like :text escape '\\'
			  and (:pair is null or function('contains_bigram', lower(r.claim), cast(:pair as String)) = true)
			""")
	Page<Rumour> searchText(@Param("text") String text, @Param("pair") String pair, Pageable pageable);

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
