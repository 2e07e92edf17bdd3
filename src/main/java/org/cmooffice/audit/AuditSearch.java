package org.cmooffice.audit;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.cmooffice.shared.web.BoundedPage;
import org.cmooffice.shared.web.Pages;
import org.hibernate.Session;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaExpression;
import org.hibernate.query.criteria.JpaSubQuery;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Repository;

/**
 * The audit log's pages, newest first, with the count bounded: after ten years the trail
 * holds millions of events.
 */
@Repository
class AuditSearch {

	private final EntityManager entityManager;

	AuditSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	BoundedPage<AuditEvent> page(Specification<AuditEvent> filter, int requested) {
		long counted = countUpTo(filter, BoundedPage.COUNT_UP_TO);
		int number = BoundedPage.number(requested, counted);
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
		Root<AuditEvent> event = query.from(AuditEvent.class);
		where(query, event, cb, filter);
		query.orderBy(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
		List<AuditEvent> rows = this.entityManager.createQuery(query)
			.setFirstResult(number * Pages.SIZE)
			.setMaxResults(Pages.SIZE)
			.getResultList();
		return new BoundedPage<>(rows, number, counted);
	}

	/**
	 * How many events match, counting no further than {@code limit}: {@code count(*)}
	 * over a limited subquery of constants, which PostgreSQL answers from the filter's
	 * index alone, instead of sending ten thousand ids to be counted here.
	 */
	private long countUpTo(Specification<AuditEvent> filter, int limit) {
		HibernateCriteriaBuilder cb = this.entityManager.unwrap(Session.class).getCriteriaBuilder();
		JpaCriteriaQuery<Long> query = cb.createQuery(Long.class);
		JpaSubQuery<Integer> matches = query.subquery(Integer.class);
		Root<AuditEvent> event = matches.from(AuditEvent.class);
		Predicate predicate = filter.toPredicate(event, query, cb);
		if (predicate != null) {
			matches.where(predicate);
		}
		JpaExpression<Integer> one = cb.literal(1);
		one.alias("one");
		matches.select(one).fetch(limit);
		query.from(matches);
		query.select(cb.count());
		return this.entityManager.createQuery(query).getSingleResult();
	}

	private static void where(CriteriaQuery<?> query, Root<AuditEvent> event, CriteriaBuilder cb,
			Specification<AuditEvent> filter) {
		Predicate predicate = filter.toPredicate(event, query, cb);
		if (predicate != null) {
			query.where(predicate);
		}
	}

}
