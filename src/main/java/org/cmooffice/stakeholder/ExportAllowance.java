package org.cmooffice.stakeholder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.sql.Timestamp;

import org.cmooffice.audit.AuditLog;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many rows of the register a user may export in one office day. Staff and analysts
 * get a daily allowance (an export that would pass it is refused whole, and the refusal
 * audited); the CMO, who answers for the register, has none. Taken in a transaction of
 * its own, before the file is written, so that an export the client aborts half-way still
 * counts.
 */
@Component
class ExportAllowance {

	/** Serialises one user's exports, so that two at once cannot both fit the rest. */
	private static final int LOCK_CLASS = 0x5354_4b45; // "STKE"

	private final JdbcTemplate jdbc;

	private final AuditLog auditLog;

	private final Clock clock;

	private final int rowsPerDay;

	ExportAllowance(JdbcTemplate jdbc, AuditLog auditLog, Clock clock,
			@Value("${cmo.stakeholders.export-rows-per-day:5000}") int rowsPerDay) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
		this.rowsPerDay = rowsPerDay;
	}

	/**
	 * Takes {@code rows} from the user's allowance for today.
	 * @throws Exceeded if they do not fit what is left
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = Exceeded.class)
	public void take(CurrentUser user, long rows) {
		if (user.hasRole(Role.CMO)) {
			record(user, rows);
			return;
		}
		this.jdbc.queryForList("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?, ?)) AS locked", LOCK_CLASS,
				(int) user.id());
		Instant dayStart = LocalDate.now(this.clock).atStartOfDay(this.clock.getZone()).toInstant();
		long taken = this.jdbc.queryForObject(
				"SELECT coalesce(sum(row_count), 0) FROM stakeholder_export WHERE user_id = ? AND exported_at >= ?",
				Long.class, user.id(), Timestamp.from(dayStart));
		long left = Math.max(0, this.rowsPerDay - taken);
		if (rows > left) {
			this.auditLog.recordRefusal("STAKEHOLDER", null, "export of " + rows + " rows refused: " + taken
					+ " of the daily allowance of " + this.rowsPerDay + " rows already exported today");
			throw new Exceeded(left, this.rowsPerDay);
		}
		record(user, rows);
	}

	private void record(CurrentUser user, long rows) {
		this.jdbc.update("INSERT INTO stakeholder_export (user_id, exported_at, row_count) VALUES (?, ?, ?)", user.id(),
				Timestamp.from(this.clock.instant()), (int) Math.min(rows, Integer.MAX_VALUE));
	}

	/** The export does not fit what is left of today's allowance. */
	static final class Exceeded extends RuntimeException {

		private final long left;

		private final int perDay;

		Exceeded(long left, int perDay) {
			super("daily export allowance exceeded");
			this.left = left;
			this.perDay = perDay;
		}

		long left() {
			return this.left;
		}

		int perDay() {
			return this.perDay;
		}

	}

}
