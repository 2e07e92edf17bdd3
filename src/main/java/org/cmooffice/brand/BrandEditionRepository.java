package org.cmooffice.brand;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BrandEditionRepository extends JpaRepository<BrandEdition, Long> {

	Optional<BrandEdition> findByNumber(int number);

	Optional<BrandEdition> findFirstByStatusOrderByNumberDesc(EditionStatus status);

	Optional<BrandEdition> findByStatus(EditionStatus status);

	List<BrandEdition> findByStatusOrderByNumberDesc(EditionStatus status);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from BrandEdition e where e.status = org.cmooffice.brand.EditionStatus.DRAFT")
	Optional<BrandEdition> findDraftForUpdate();

	@Query("select coalesce(max(e.number), 0) from BrandEdition e")
	int highestNumber();

}
