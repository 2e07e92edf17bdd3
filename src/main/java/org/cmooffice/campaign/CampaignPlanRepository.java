package org.cmooffice.campaign;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CampaignPlanRepository extends JpaRepository<CampaignPlan, Long> {

	/**
	 * The list's rows: each plan with its department, as the lists and calendar show it.
	 */
	String ROWS = """
			select new org.cmooffice.campaign.CampaignPlanRow(p.id, p.title, d.id, d.code, d.nameJa, d.nameEn, p.status,
			  p.startDate, p.endDate, p.totalBudgetJpy, p.submittedAt, p.recommendedAt, p.modifiedAt)
			from CampaignPlan p join p.department d
			""";

	/** One page of plans with their departments, filtered and sorted in the database. */
	@Query(value = ROWS + """
			where (:departmentId is null or d.id = :departmentId)
			  and (:year is null or p.fiscalYear = :year)
			  and (:status is null or p.status = :status)
			  and (:channel is null or :channel member of p.channels)
			  and (:text = '' or lower(p.title) like :text escape '\\')
			  and (:pair is null or function('contains_bigram', lower(p.title), cast(:pair as String)) = true)
			  and (:recommended = false or p.recommendedAt is not null)
			""", countQuery = """
			select count(p) from CampaignPlan p
			where (:departmentId is null or p.department.id = :departmentId)
			  and (:year is null or p.fiscalYear = :year)
			  and (:status is null or p.status = :status)
			  and (:channel is null or :channel member of p.channels)
			  and (:text = '' or lower(p.title) like :text escape '\\')
			  and (:pair is null or function('contains_bigram', lower(p.title), cast(:pair as String)) = true)
			  and (:recommended = false or p.recommendedAt is not null)
			""")
	Page<CampaignPlanRow> search(@Param("departmentId") Long departmentId, @Param("year") Integer year,
			@Param("status") CampaignStatus status, @Param("channel") Channel channel, @Param("text") String text,
			@Param("pair") String pair, @Param("recommended") boolean recommended, Pageable pageable);

	/**
	 * Plans whose title contains the words, for the global search; with a department, its
	 * plans only.
	 */
	String TITLE_MATCHES = """
			where (:departmentId is null or p.department.id = :departmentId)
			  and lower(p.title) like :text escape '\\'
			  and (:pair is null or function('contains_bigram', lower(p.title), cast(:pair as String)) = true)
			""";

	@Query(ROWS + TITLE_MATCHES)
	List<CampaignPlanRow> titleMatches(@Param("departmentId") Long departmentId, @Param("text") String text,
			@Param("pair") String pair, Pageable pageable);

	/**
	 * How many of the same plans there are, counting no further than {@code upTo}: {@code
	 * count(*)} over a limited subquery, so that PostgreSQL stops at the limit and sends
	 * one number (as the audit log counts).
	 */
	@Query(nativeQuery = true, value = """
			select count(*) from (
			  select 1 from campaign_plan p
			  where (cast(:departmentId as bigint) is null or p.department_id = cast(:departmentId as bigint))
			    and lower(p.title) like :text escape '\\'
			    and (cast(:pair as text) is null or contains_bigram(lower(p.title), cast(:pair as text)))
			  limit :upTo) matches
			""")
	long countTitleMatchesUpTo(@Param("departmentId") Long departmentId, @Param("text") String text,
			@Param("pair") String pair, @Param("upTo") int upTo);

	/**
	 * A page of plans filtered only by department, year and status, counted from
	 * {@link CampaignPlanTally}.
	 */
	@Query(ROWS + """
			where (:departmentId is null or d.id = :departmentId)
			  and (:year is null or p.fiscalYear = :year)
			  and (:status is null or p.status = :status)
			""")
	List<CampaignPlanRow> rows(@Param("departmentId") Long departmentId, @Param("year") Integer year,
			@Param("status") CampaignStatus status, Pageable pageable);

	/**
	 * The plans serving a strategy objective, drafts included for their own department.
	 */
	@Query(ROWS + """
			where :objectiveId member of p.objectiveIds and (:departmentId is null or d.id = :departmentId)
			order by p.startDate, p.id
			""")
	List<CampaignPlanRow> serving(@Param("objectiveId") long objectiveId, @Param("departmentId") Long departmentId);

	/**
	 * Plans another record may refer to: decided or under way, newest first, at most a
	 * page.
	 */
	@Query("""
			select new org.cmooffice.campaign.PlanReference(p.id, p.title, d.code)
			from CampaignPlan p join p.department d
			where (:departmentId is null or d.id = :departmentId) and p.fiscalYear >= :fromYear
			  and p.status in :statuses
			order by p.startDate desc, p.id desc
			""")
	List<PlanReference> references(@Param("departmentId") Long departmentId, @Param("fromYear") int fromYear,
			@Param("statuses") Collection<CampaignStatus> statuses, Pageable pageable);

	@Query("select new org.cmooffice.campaign.PlanReference(p.id, p.title, d.code) from CampaignPlan p join p.department d where p.id in :ids")
	List<PlanReference> referencesTo(@Param("ids") Collection<Long> ids);

	/** Plans in the given states whose schedule touches the period, for the calendar. */
	@Query(ROWS + """
			where (:departmentId is null or d.id = :departmentId)
			  and p.status in :statuses and p.startDate <= :to and p.endDate >= :from
			order by p.startDate, p.id
			""")
	List<CampaignPlanRow> overlapping(@Param("departmentId") Long departmentId,
			@Param("statuses") Collection<CampaignStatus> statuses, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	/** Per department: active plans past their end date, whose evaluation is owed. */
	@Query(value = """
			select d.id, d.code, d.name_ja, d.name_en, count(*)
			from campaign_plan p join department d on d.id = p.department_id
			where p.status = 'ACTIVE' and p.end_date < :today
			group by d.id, d.code, d.name_ja, d.name_en order by count(*) desc, d.code
			""", nativeQuery = true)
	List<Object[]> evaluationsDue(@Param("today") LocalDate today);

	@Query("select p.id from CampaignPlan p where p.status = org.cmooffice.campaign.CampaignStatus.APPROVED"
			+ " and p.startDate <= :today")
	List<Long> approvedStartingBy(@Param("today") LocalDate today);

	/** Plans recommended to the CMO and waiting for the decision. */
	@Query("select count(p) from CampaignPlan p where p.status = org.cmooffice.campaign.CampaignStatus.SUBMITTED and p.recommendedAt is not null")
	long countAwaitingCmo();

}
