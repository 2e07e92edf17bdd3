package org.cmooffice.audit;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.cmooffice.shared.web.Pages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Repository;

/**
 * The audit log's pages, newest first, with the count bounded: after ten years the trail
 * holds millions of events, and counting them all for every page would cost more than the
 * page itself while telling the reader nothing a filter would not. Past
 * {@value #COUNT_LIMIT} the page says "more than" and offers no page beyond.
 */
@Repository
class AuditSearch {

	static final int COUNT_LIMIT = 10_000;

	private final EntityManager entityManager;

	AuditSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	AuditEvents page(Specification<AuditEvent> filter, int requested) {
		long counted = countUpTo(filter, COUNT_LIMIT + 1);
		int lastPage = (int) Math.max(0, (Math.min(counted, COUNT_LIMIT) - 1) / Pages.SIZE);
		int number = Math.min(Pages.clamp(requested), lastPage);
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
		Root<AuditEvent> event = query.from(AuditEvent.class);
		where(query, event, cb, filter);
		query.orderBy(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
		List<AuditEvent> rows = this.entityManager.createQuery(query)
			.setFirstResult(number * Pages.SIZE)
			.setMaxResults(Pages.SIZE)
			.getResultList();
		return new AuditEvents(new PageImpl<>(rows, PageRequest.of(number, Pages.SIZE), Math.min(counted, COUNT_LIMIT)),
				counted > COUNT_LIMIT);
	}

	/** How many events match, counting no further than {@code limit}. */
	private long countUpTo(Specification<AuditEvent> filter, int limit) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<AuditEvent> event = query.from(AuditEvent.class);
		where(query, event, cb, filter);
		query.select(event.get("id"));
		return this.entityManager.createQuery(query).setMaxResults(limit).getResultList().size();
	}

	private static void where(CriteriaQuery<?> query, Root<AuditEvent> event, CriteriaBuilder cb,
			Specification<AuditEvent> filter) {
		Predicate predicate = filter.toPredicate(event, query, cb);
		if (predicate != null) {
			query.where(predicate);
		}
	}

}
