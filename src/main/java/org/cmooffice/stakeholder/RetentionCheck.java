package org.cmooffice.stakeholder;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cmooffice.account.Accounts;
import org.cmooffice.notification.Notifications;
import org.cmooffice.shared.security.Role;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, tells the office's staff how many people's personal data is kept past
 * its retention date, with a link to the list. Locked, so that with several instances it
 * runs once.
 */
@Component
class RetentionCheck {

	private static final Logger log = LoggerFactory.getLogger(RetentionCheck.class);

	private final StakeholderRepository stakeholders;

	private final Accounts accounts;

	private final Notifications notifications;

	private final Clock clock;

	RetentionCheck(StakeholderRepository stakeholders, Accounts accounts, Notifications notifications, Clock clock) {
		this.stakeholders = stakeholders;
		this.accounts = accounts;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Scheduled(cron = "${cmo.stakeholder.retention-cron:0 15 6 * * *}", zone = "${cmo.time-zone:Asia/Tokyo}")
	@SchedulerLock(name = "stakeholder-retention", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
	@Transactional
	public void tellStaffOfRecordsPastRetention() {
		long due = this.stakeholders.countPastRetention(LocalDate.now(this.clock));
		if (due == 0) {
			return;
		}
		for (long staff : this.accounts.activeUserIdsWith(Role.STAFF)) {
			this.notifications.notify(staff, "notification.stakeholder.pastRetention", "/stakeholders/retention",
					String.valueOf(due));
		}
		log.info("{} stakeholder records are past their retention date; staff notified", due);
	}

}
