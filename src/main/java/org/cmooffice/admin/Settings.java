package org.cmooffice.admin;

import java.time.Clock;

import org.cmooffice.audit.AuditAction;
import org.cmooffice.audit.AuditLog;
import org.cmooffice.shared.persistence.StaleRecordException;
import org.cmooffice.shared.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the office-wide settings. Read on every decision that depends on
 * them, so a change applies at once on every instance.
 */
@Service
public class Settings {

	private final OfficeSettingsRepository repository;

	private final AuditLog auditLog;

	private final Clock clock;

	Settings(OfficeSettingsRepository repository, AuditLog auditLog, Clock clock) {
		this.repository = repository;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public OfficeSettings current() {
		return this.repository.findById(OfficeSettings.ID)
			.orElseThrow(() -> new IllegalStateException("office_settings row missing; migration V3 not applied"));
	}

	/** Plans whose total budget is above this many yen need the CMO's approval. */
	@Transactional(readOnly = true)
	public long delegatedApprovalLimit() {
		return current().getDelegatedApprovalLimit();
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public OfficeSettings change(long version, long limit, int reviewTargetWorkingDays, boolean twoFactorForEveryone,
			CurrentUser actor) {
		OfficeSettings settings = current();
		if (settings.getVersion() != version) {
			throw new StaleRecordException("OfficeSettings", OfficeSettings.ID);
		}
		String before = describe(settings);
		settings.change(limit, reviewTargetWorkingDays, twoFactorForEveryone, this.clock.instant(),
				actor.getUsername());
		this.auditLog.record(AuditAction.SETTINGS_CHANGED, "SETTINGS", OfficeSettings.ID,
				before + " → " + describe(settings));
		return settings;
	}

	private static String describe(OfficeSettings settings) {
		return "delegated approval limit " + settings.getDelegatedApprovalLimit() + ", review target "
				+ settings.getReviewTargetWorkingDays() + " working days, two-step sign-in for everyone "
				+ settings.isTwoFactorForEveryone();
	}

}
