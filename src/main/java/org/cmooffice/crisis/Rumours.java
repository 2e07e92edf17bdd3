package org.cmooffice.crisis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.cmooffice.audit.AuditAction;
import org.cmooffice.audit.AuditLog;
import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.Like;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.web.BoundedPage;
import org.cmooffice.shared.web.NotFoundException;
import org.cmooffice.shared.web.Pages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rumours and misinformation, with an incident or on their own. */
@Service
public class Rumours {

	/** Rumours newest first, as every list of them shows them. */
	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("firstSeen"), Sort.Order.desc("id"));

	static final String ENTITY = "RUMOUR";

	private final RumourRepository rumours;

	private final Incidents incidents;

	private final AuditLog auditLog;

	private final Clock clock;

	Rumours(RumourRepository rumours, Incidents incidents, AuditLog auditLog, Clock clock) {
		this.rumours = rumours;
		this.incidents = incidents;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'ANALYST')")
	public Page<Rumour> search(FactCheck factCheck, boolean standalone, int page) {
		PageRequest request = PageRequest.of(Pages.clamp(page), Pages.SIZE, NEWEST_FIRST);
		if (standalone) {
			return this.rumours.unlinked(factCheck, request);
		}
		return new PageImpl<>(this.rumours.page(factCheck, request), request,
				this.rumours.countKept((factCheck != null) ? factCheck.name() : null));
	}

	/**
	 * Rumours whose claim contains the words, newest first, for the global search;
	 * counted up to {@code countLimit}.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'ANALYST')")
	public BoundedPage<Rumour> searchText(String words, int page, int size, int countLimit) {
		String text = Like.containing(words);
		String pair = Like.pair(words);
		return BoundedPage.read(page, size, countLimit, (upTo) -> this.rumours.countUpTo(text, pair, upTo),
				(request) -> this.rumours.searchText(text, pair, request.withSort(NEWEST_FIRST)));
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'LIAISON', 'ANALYST')")
	public List<Rumour> ofIncident(CurrentUser user, long incidentId) {
		this.incidents.readable(user, incidentId).getTitle();
		return this.rumours.findByIncidentIdOrderByFirstSeenDescIdDesc(incidentId);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public Rumour get(long id) {
		Rumour rumour = this.rumours.findById(id).orElseThrow(() -> new NotFoundException("Rumour", id));
		if (rumour.getIncident() != null) {
			rumour.getIncident().getTitle();
		}
		return rumour;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public Rumour log(RumourForm form) {
		check(form);
		Rumour rumour = this.rumours.saveAndFlush(new Rumour(incident(form), form));
		this.auditLog.record(AuditAction.RUMOUR_LOGGED, ENTITY, rumour.getId(),
				form.getFactCheck() + " " + form.getChannel());
		return rumour;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CMO', 'STAFF')")
	public Rumour revise(long id, RumourForm form) {
		check(form);
		Rumour rumour = this.rumours.findById(id).orElseThrow(() -> new NotFoundException("Rumour", id));
		rumour.checkVersion(form.getVersion());
		rumour.revise(incident(form), form);
		this.rumours.flush();
		this.auditLog.record(AuditAction.RUMOUR_UPDATED, ENTITY, id,
				form.getFactCheck() + ", " + form.getResponse() + " " + form.getResponseStatus());
		return rumour;
	}

	private void check(RumourForm form) {
		LocalDate today = LocalDate.now(this.clock);
		if (form.getFirstSeen().isAfter(today) || form.getFirstSeen().isBefore(LocalDate.of(2000, 1, 1))) {
			throw new InputRejected("firstSeen", "crisis.rumour.firstSeen.range");
		}
	}

	private Incident incident(RumourForm form) {
		if (form.getIncidentId() == null) {
			return null;
		}
		try {
			return this.incidents.find(form.getIncidentId());
		}
		catch (NotFoundException ex) {
			throw new InputRejected("incidentId", "crisis.rumour.incident.unknown");
		}
	}

}
