package org.cmooffice.audit;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.cmooffice.shared.web.BoundedPage;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one way anything is written to the audit trail. Called inside the transaction of
 * the change it records, so the change and its record are kept or lost together.
 */
@Service
public class AuditLog {

	private final AuditEventRepository events;

	private final AuditSearch search;

	private final Clock clock;

	AuditLog(AuditEventRepository events, AuditSearch search, Clock clock) {
		this.events = events;
		this.search = search;
		this.clock = clock;
	}

	/** Records an action of the signed-in user (or of the system, outside a request). */
	@Transactional
	public void record(AuditAction action, String entityType, Object entityId, String summary) {
		recordAs(currentActor(), action, entityType, entityId, summary);
	}

	/**
	 * Records an action whose actor is not the signed-in user, such as a failed sign-in.
	 */
	@Transactional
	public void recordAs(String actor, AuditAction action, String entityType, Object entityId, String summary) {
		this.events.save(new AuditEvent(this.clock.instant(), clean(actor, 64), action, clean(entityType, 40),
				(entityId != null) ? clean(entityId.toString(), 64) : null, clean(summary, 2000), clientAddress()));
	}

	/**
	 * Records in a transaction of its own, before work that may fail half-way (a download
	 * the client aborts): what was started stays recorded.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordIndependently(AuditAction action, String entityType, Object entityId, String summary) {
		recordAs(currentActor(), action, entityType, entityId, summary);
	}

	/**
	 * Records a refused attempt in a transaction of its own: the refusal rolls back the
	 * caller's, and the record must stay.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordRefusal(String entityType, Object entityId, String summary) {
		recordAs(currentActor(), AuditAction.ACCESS_DENIED, entityType, entityId, summary);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('ADMIN', 'CMO')")
	public BoundedPage<AuditEvent> search(AuditQuery query, int page) {
		return this.search.page(query, this.clock.getZone(), page);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('ADMIN', 'CMO')")
	public List<AuditEvent> recent(int count) {
		return this.events.findByOrderByOccurredAtDescIdDesc(PageRequest.of(0, count));
	}

	/**
	 * Everything recorded about one record, oldest first: the history a disclosure
	 * request is answered with. The callers check who may ask.
	 */
	@Transactional(readOnly = true)
	public List<AuditEvent> historyOf(String entityType, Object entityId) {
		return this.events.findByEntityTypeAndEntityIdOrderByOccurredAtAscIdAsc(entityType, entityId.toString());
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return "system";
		}
		return authentication.getName();
	}

	private static String clientAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return clean(request.getRemoteAddr(), 64);
		}
		return null;
	}

	/**
	 * Whatever a user typed (a user name at sign-in) must not forge lines in the trail or
	 * in log files: control characters become visible escapes.
	 */
	static String clean(String text, int maxLength) {
		if (text == null) {
			return null;
		}
		StringBuilder cleaned = new StringBuilder(Math.min(text.length(), maxLength));
		text.codePoints().forEach((c) -> {
			if (c == '\r') {
				cleaned.append("\\r");
			}
			else if (c == '\n') {
				cleaned.append("\\n");
			}
			else if (Character.isISOControl(c)) {
				cleaned.append(String.format("\\u%04x", c));
			}
			else {
				cleaned.appendCodePoint(c);
			}
		});
		if (cleaned.length() > maxLength) {
			return cleaned.substring(0, maxLength - 1) + "…";
		}
		return cleaned.toString();
	}

}
