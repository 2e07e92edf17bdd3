package org.cmooffice.audit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.cmooffice.shared.Like;
import org.cmooffice.shared.web.BoundedPage;
import org.cmooffice.shared.web.Pages;

import org.springframework.stereotype.Repository;

/**
 * The audit log's pages, newest first, with the count bounded: after ten years the trail
 * holds millions of events.
 * <p>
 * Each filter has an index ending in the log's order (V34), so a page reads its twenty
 * events and stops. "Who" is the beginning of a name: the names on the trail that begin
 * so are looked up first, from the index of names. One name is then read in order from
 * that index; several are read each in order and merged (a union of one branch per name),
 * which is what no single condition on the names can give: PostgreSQL, given {@code in
 * (…)} for eleven accounts whose events were old, walked 261,766 newer events to fill a
 * page (141 ms on the large office). Past {@value #NAMES_MERGED} names the typed text
 * itself filters: such a beginning is common, and the log's own order finds its events
 * soon.
 */
@Repository
class AuditSearch {

	/** How many names a "who" may stand for and still be read name by name. */
	static final int NAMES_MERGED = 50;

	/**
	 * The distinct names beginning with a pattern, in the index's order, one index
	 * descent each (a skip scan): the trail holds millions of events by a few hundred
	 * names.
	 */
	private static final String NAMES_BEGINNING = """
			with recursive name (actor) as (
			  (select lower(actor) from audit_event where lower(actor) like :pattern escape '\\'
			   order by lower(actor) using ~<~ limit 1)
			  union all
			  select (select lower(e.actor) from audit_event e
			          where lower(e.actor) like :pattern escape '\\' and lower(e.actor) ~>~ name.actor
			          order by lower(e.actor) using ~<~ limit 1)
			  from name where name.actor is not null)
			select actor from name where actor is not null limit :limit""";

	private final EntityManager entityManager;

	AuditSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	BoundedPage<AuditEvent> page(AuditQuery query, ZoneId zone, int requested) {
		Filter filter = filter(query, zone);
		if (filter == null) {
			return new BoundedPage<>(List.of(), 0, 0);
		}
		long counted = ((Number) filter.bind(this.entityManager.createNativeQuery(filter.count()))
			.setParameter("countUpTo", BoundedPage.COUNT_UP_TO)
			.getSingleResult()).longValue();
		int number = BoundedPage.number(requested, counted);
		List<AuditEvent> rows = filter.bind(this.entityManager.createNativeQuery(filter.page(), AuditEvent.class))
			.setParameter("reach", (number + 1) * Pages.SIZE)
			.setParameter("offset", number * Pages.SIZE)
			.setParameter("size", Pages.SIZE)
			.getResultList()
			.stream()
			.map(AuditEvent.class::cast)
			.toList();
		return new BoundedPage<>(rows, number, counted);
	}

	/**
	 * The events the query asks for, as SQL with its values; null when no name on the
	 * trail begins with the "who" typed, so nothing can match.
	 */
	private Filter filter(AuditQuery query, ZoneId zone) {
		Map<String, Object> values = new LinkedHashMap<>();
		List<String> conditions = new ArrayList<>();
		if (query.getAction() != null) {
			conditions.add("action = :action");
			values.put("action", query.getAction().name());
		}
		if (query.getEntityType() != null && !query.getEntityType().isBlank()) {
			conditions.add("entity_type = :entityType");
			values.put("entityType", query.getEntityType());
		}
		if (query.getFrom() != null) {
			conditions.add("occurred_at >= :from");
			values.put("from", query.getFrom().atStartOfDay(zone).toInstant());
		}
		if (query.getTo() != null) {
			conditions.add("occurred_at < :to");
			values.put("to", query.getTo().plusDays(1).atStartOfDay(zone).toInstant());
		}
		if (query.getActor() == null || query.getActor().isBlank()) {
			return new Filter(List.of(where(conditions)), values);
		}
		String pattern = Like.beginningWith(query.getActor());
		List<String> names = namesBeginning(pattern);
		if (names.isEmpty()) {
			return null;
		}
		List<String> branches = new ArrayList<>();
		if (names.size() > NAMES_MERGED) {
			values.put("pattern", pattern);
			branches.add(where(conditions, "lower(actor) like :pattern escape '\\'"));
		}
		else {
			for (int i = 0; i < names.size(); i++) {
				values.put("name" + i, names.get(i));
				branches.add(where(conditions, "lower(actor) = :name" + i));
			}
		}
		return new Filter(branches, values);
	}

	private List<String> namesBeginning(String pattern) {
		return this.entityManager.createNativeQuery(NAMES_BEGINNING, String.class)
			.setParameter("pattern", pattern)
			.setParameter("limit", NAMES_MERGED + 1)
			.getResultList()
			.stream()
			.map(String.class::cast)
			.toList();
	}

	private static String where(List<String> conditions, String... more) {
		List<String> all = new ArrayList<>(conditions);
		all.addAll(List.of(more));
		return all.isEmpty() ? "true" : String.join(" and ", all);
	}

	/**
	 * The matching events as a union of branches, one for each name (or one in all), each
	 * with the conditions of its WHERE. A branch is limited to the rows the page or the
	 * count can reach: so limited, PostgreSQL reads each branch from its index in the
	 * log's order and merges them (a merge append), where without the limit it sorted
	 * every event of every name first.
	 */
	private record Filter(List<String> branches, Map<String, Object> values) {

		String page() {
			return "select e.* from ("
					+ union("select * from audit_event where %s order by occurred_at desc, id desc" + " limit :reach")
					+ ") e order by e.occurred_at desc, e.id desc offset :offset limit :size";
		}

		String count() {
			return "select count(*) from (select 1 from ("
					+ union("select 1 from audit_event where %s limit :countUpTo")
					+ ") branches limit :countUpTo) matches";
		}

		private String union(String branch) {
			return this.branches.stream()
				.map((where) -> "(" + branch.formatted(where) + ")")
				.collect(Collectors.joining(" union all "));
		}

		Query bind(Query query) {
			this.values.forEach(query::setParameter);
			return query;
		}

	}

}
