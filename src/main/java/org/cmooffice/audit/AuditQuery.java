package org.cmooffice.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The audit log's filters, every one optional; bound from the query string.
 */
public class AuditQuery {

	private String actor;

	private AuditAction action;

	private String entityType;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	Specification<AuditEvent> toSpecification(ZoneId zone) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.actor != null && !this.actor.isBlank()) {
				predicates.add(cb.like(cb.lower(root.get("actor")), escape(this.actor.strip()) + "%", '\\'));
			}
			if (this.action != null) {
				predicates.add(cb.equal(root.get("action"), this.action));
			}
			if (this.entityType != null && !this.entityType.isBlank()) {
				predicates.add(cb.equal(root.get("entityType"), this.entityType));
			}
			if (this.from != null) {
				predicates
					.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), this.from.atStartOfDay(zone).toInstant()));
			}
			if (this.to != null) {
				predicates.add(cb.lessThan(root.get("occurredAt"), this.to.plusDays(1).atStartOfDay(zone).toInstant()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static String escape(String text) {
		return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	public String getActor() {
		return this.actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public void setAction(AuditAction action) {
		this.action = action;
	}

	public String getEntityType() {
		return this.entityType;
	}

	public void setEntityType(String entityType) {
		this.entityType = entityType;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

}
