package org.cmooffice.campaign;

import java.time.LocalDate;
import java.util.List;

import org.cmooffice.audit.AuditAction;
import org.cmooffice.audit.AuditLog;
import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.web.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The blackout periods administrators keep, and the question every plan asks of them.
 */
@Service
public class BlackoutPeriods {

	private static final String ENTITY = "BLACKOUT_PERIOD";

	private final BlackoutPeriodRepository periods;

	private final AuditLog auditLog;

	BlackoutPeriods(BlackoutPeriodRepository periods, AuditLog auditLog) {
		this.periods = periods;
		this.auditLog = auditLog;
	}

	/** The periods a schedule from {@code start} to {@code end} runs into. */
	@Transactional(readOnly = true)
	public List<BlackoutPeriod> overlapping(LocalDate start, LocalDate end) {
		if (start == null || end == null || end.isBefore(start)) {
			return List.of();
		}
		return this.periods.overlapping(start, end);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public List<BlackoutPeriod> all() {
		return this.periods.findAllByOrderByStartDateDesc();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public BlackoutPeriod get(long id) {
		return find(id);
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public BlackoutPeriod create(String nameJa, String nameEn, LocalDate start, LocalDate end, String note) {
		checkDates(start, end);
		BlackoutPeriod period = this.periods.save(new BlackoutPeriod(nameJa, nameEn, start, end, note));
		this.auditLog.record(AuditAction.BLACKOUT_CREATED, ENTITY, period.getId(), describe(period));
		return period;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public BlackoutPeriod update(long id, long version, String nameJa, String nameEn, LocalDate start, LocalDate end,
			String note) {
		checkDates(start, end);
		BlackoutPeriod period = find(id);
		period.checkVersion(version);
		String before = describe(period);
		period.change(nameJa, nameEn, start, end, note);
		this.auditLog.record(AuditAction.BLACKOUT_UPDATED, ENTITY, id, before + " → " + describe(period));
		return period;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void delete(long id, long version) {
		BlackoutPeriod period = find(id);
		period.checkVersion(version);
		this.periods.delete(period);
		this.auditLog.record(AuditAction.BLACKOUT_DELETED, ENTITY, id, describe(period));
	}

	private BlackoutPeriod find(long id) {
		return this.periods.findById(id).orElseThrow(() -> new NotFoundException("Blackout period", id));
	}

	private static void checkDates(LocalDate start, LocalDate end) {
		if (end.isBefore(start)) {
			throw new InputRejected("endDate", "campaign.endDate.beforeStart");
		}
	}

	private static String describe(BlackoutPeriod period) {
		return period.getNameJa() + " " + period.getStartDate() + "–" + period.getEndDate();
	}

}
