package org.cmooffice.campaign;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, approved plans whose start date has come become active. Locked, so that
 * with several instances it runs once.
 */
@Component
class CampaignActivation {

	private static final Logger log = LoggerFactory.getLogger(CampaignActivation.class);

	private final CampaignPlans plans;

	private final Clock clock;

	CampaignActivation(CampaignPlans plans, Clock clock) {
		this.plans = plans;
		this.clock = clock;
	}

	@Scheduled(cron = "${cmo.campaign.activation-cron:0 5 0 * * *}", zone = "${cmo.time-zone:Asia/Tokyo}")
	@SchedulerLock(name = "campaign-activation", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
	void activateStartedPlans() {
		int activated = this.plans.activateThoseStartingBy(LocalDate.now(this.clock));
		if (activated > 0) {
			log.info("{} approved campaign plans reached their start date and are now active", activated);
		}
	}

}
