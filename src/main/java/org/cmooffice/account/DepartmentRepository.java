package org.cmooffice.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DepartmentRepository extends JpaRepository<Department, Long> {

	List<Department> findAllByOrderByCodeAsc();

	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@EntityGraph(attributePaths = "budgets")
	Optional<Department> findWithForcedIncrementById(long id);

	List<Department> findByActiveTrueOrderByCodeAsc();

	boolean existsByCodeIgnoreCase(String code);

	boolean existsByCodeIgnoreCaseAndIdNot(String code, long id);

	@Query("select b.department.id, b.amountJpy from DepartmentBudget b where b.fiscalYear = :year")
	List<Object[]> allocations(@Param("year") int year);

}
