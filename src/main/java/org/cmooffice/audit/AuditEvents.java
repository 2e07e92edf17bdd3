package org.cmooffice.audit;

import org.springframework.data.domain.Page;

/**
 * A page of the audit log, and whether more events matched than were counted (see
 * {@link AuditSearch}): then the page's total is the limit, and the reader is told "more
 * than".
 */
public record AuditEvents(Page<AuditEvent> page, boolean countedPastLimit) {

	public int countLimit() {
		return AuditSearch.COUNT_LIMIT;
	}

}
