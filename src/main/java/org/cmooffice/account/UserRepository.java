package org.cmooffice.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cmooffice.shared.security.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserRepository extends JpaRepository<User, Long> {

	@Query("select u from User u left join fetch u.roles where lower(u.username) = lower(:username)")
	Optional<User> findForLogin(@Param("username") String username);

	boolean existsByUsernameIgnoreCase(String username);

	/**
	 * One page of users with their departments; their roles come in one batched query per
	 * page (hibernate.default_batch_fetch_size), never one per row.
	 */
	@EntityGraph(attributePaths = "department")
	@Query(value = """
			select u from User u
			where (:query = '' or lower(u.username) like concat('%', :query, '%')
			       or lower(u.displayName) like concat('%', :query, '%'))
			  and (:role is null or :role member of u.roles)
			  and (:active is null or u.active = :active)
			""", countQuery = """
			select count(u) from User u
			where (:query = '' or lower(u.username) like concat('%', :query, '%')
			       or lower(u.displayName) like concat('%', :query, '%'))
			  and (:role is null or :role member of u.roles)
			  and (:active is null or u.active = :active)
			""")
	Page<User> search(@Param("query") String query, @Param("role") Role role, @Param("active") Boolean active,
			Pageable pageable);

	@Query(value = "select r.role, count(*) from user_role r join app_user u on u.id = r.user_id"
			+ " where u.active group by r.role", nativeQuery = true)
	List<Object[]> countActiveByRole();

	long countByActiveTrue();

	@Query("select u from User u join u.roles r where r = :role and u.active = true order by u.displayName, u.id")
	List<User> findActiveByRole(@Param("role") Role role);

	@Query("select new org.cmooffice.account.UserChoice(u.id, u.displayName) from User u join u.roles r"
			+ " where r = :role and u.active = true order by u.displayName, u.id")
	List<UserChoice> findChoicesByRole(@Param("role") Role role);

	@Query(value = "select count(*) from app_user where locked_until > :now", nativeQuery = true)
	long countLocked(@Param("now") java.time.Instant now);

	@Query("select u.id from User u join u.roles r where r = :role and u.active = true")
	List<Long> findActiveIdsByRole(@Param("role") Role role);

	@Query("select u.id from User u join u.roles r where r = :role and u.active = true"
			+ " and u.department.id = :departmentId")
	List<Long> findActiveIdsByRoleAndDepartment(@Param("role") Role role, @Param("departmentId") long departmentId);

	/**
	 * Counts a failed sign-in against the account, starting a new window when the last
	 * one has passed. Not counted while the account is locked, so a lock is not extended
	 * by whoever keeps guessing.
	 */
	@Modifying
	@Query(value = """
			update app_user set
			  failed_login_count = case when first_failed_login_at is null or first_failed_login_at < :windowStart
			                            then 1 else failed_login_count + 1 end,
			  first_failed_login_at = case when first_failed_login_at is null or first_failed_login_at < :windowStart
			                               then :now else first_failed_login_at end
			where lower(username) = lower(:username) and (locked_until is null or locked_until <= :now)
			""", nativeQuery = true)
	int countFailure(@Param("username") String username, @Param("now") Instant now,
			@Param("windowStart") Instant windowStart);

	@Modifying
	@Query(value = """
			update app_user set locked_until = :until, failed_login_count = 0, first_failed_login_at = null
			where lower(username) = lower(:username) and failed_login_count >= :threshold
			""", nativeQuery = true)
	int lockIfThresholdReached(@Param("username") String username, @Param("threshold") int threshold,
			@Param("until") Instant until);

	@Modifying
	@Query(value = """
			update app_user set failed_login_count = 0, first_failed_login_at = null, locked_until = null,
			  last_login_at = :now
			where lower(username) = lower(:username)
			""", nativeQuery = true)
	int recordSuccess(@Param("username") String username, @Param("now") Instant now);

	@Modifying
	@Query(value = "update app_user set failed_login_count = 0, first_failed_login_at = null, locked_until = null"
			+ " where id = :id", nativeQuery = true)
	int unlock(@Param("id") long id);

	/** Rehashes a password whose stored form is weaker than the current setting. */
	@Modifying
	@Query(value = "update app_user set password_hash = :hash where lower(username) = lower(:username)",
			nativeQuery = true)
	int upgradePasswordHash(@Param("username") String username, @Param("hash") String hash);

}
