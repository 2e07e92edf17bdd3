package org.cmooffice.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.cmooffice.account.Accounts;
import org.cmooffice.account.Departments;
import org.cmooffice.audit.AuditLog;
import org.cmooffice.campaign.CampaignPlans;
import org.cmooffice.notification.Notifications;
import org.cmooffice.shared.FiscalYear;
import org.cmooffice.analytics.Analytics;
import org.cmooffice.crisis.HoldingStatements;
import org.cmooffice.crisis.Incidents;
import org.cmooffice.stakeholder.Stakeholders;
import org.cmooffice.strategy.Strategies;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panels of a role's home page, read in one read-only transaction: each panel's
 * service would otherwise take a connection and a transaction of its own, up to ten a
 * page (the CMO's). A panel's data is loaded only for the roles that see it.
 */
@Service
class HomePanels {

	private static final int RECENT_AUDIT_EVENTS = 10;

	private static final int RECENT_NOTIFICATIONS = 5;

	private final Accounts accounts;

	private final Departments departments;

	private final AuditLog auditLog;

	private final Notifications notifications;

	private final CampaignPlans campaignPlans;

	private final Stakeholders stakeholders;

	private final Incidents incidents;

	private final HoldingStatements statements;

	private final Strategies strategies;

	private final Analytics analytics;

	private final Clock clock;

	HomePanels(Accounts accounts, Departments departments, AuditLog auditLog, Notifications notifications,
			CampaignPlans campaignPlans, Stakeholders stakeholders, Incidents incidents, HoldingStatements statements,
			Strategies strategies, Analytics analytics, Clock clock) {
		this.incidents = incidents;
		this.statements = statements;
		this.strategies = strategies;
		this.analytics = analytics;
		this.accounts = accounts;
		this.stakeholders = stakeholders;
		this.departments = departments;
		this.campaignPlans = campaignPlans;
		this.auditLog = auditLog;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Map<String, Object> of(CurrentUser user, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		FiscalYear year = FiscalYear.current(this.clock);
		model.put("fiscalYear", year.year());
		model.put("notifications", this.notifications.forUser(user, 0).stream().limit(RECENT_NOTIFICATIONS).toList());
		if (user.hasRole(Role.ADMIN)) {
			model.put("usersByRole", this.accounts.activeUsersByRole());
			model.put("activeUsers", this.accounts.activeUsers());
			model.put("departmentCount", this.departments.count());
			model.put("lockedUsers", this.accounts.lockedNow());
		}
		if (user.hasRole(Role.ADMIN) || user.hasRole(Role.CMO)) {
			model.put("auditEvents", this.auditLog.recent(RECENT_AUDIT_EVENTS));
		}
		if (hasBusinessRole(user)) {
			model.put("budgetUse", this.campaignPlans.budgetUse(user, year));
			model.put("planCounts", this.campaignPlans.countsByStatus(user, year));
			model.put("openIncidents", this.incidents.openCount(user));
		}
		if (user.hasRole(Role.CMO)) {
			model.put("awaitingCmo", this.campaignPlans.awaitingCmo());
			model.put("statementsAwaiting", this.statements.awaitingApproval());
		}
		if (user.hasRole(Role.CMO) || user.hasRole(Role.STAFF) || user.hasRole(Role.ANALYST)) {
			model.put("kpis", this.analytics.table("kpiAttainment", year, locale));
		}
		if (user.hasRole(Role.ANALYST)) {
			model.put("kpisLacking", this.strategies.kpisLackingMeasurements());
		}
		if (user.isOffice()) {
			model.put("evaluationsDue", this.campaignPlans.evaluationsDue());
		}
		if (user.hasRole(Role.CMO) || user.hasRole(Role.STAFF) || user.hasRole(Role.LIAISON)) {
			model.put("followUps", this.stakeholders.followUpsDue(user));
			model.put("today", LocalDate.now(this.clock));
		}
		return model;
	}

	private static boolean hasBusinessRole(CurrentUser user) {
		return user.hasRole(Role.CMO) || user.hasRole(Role.STAFF) || user.hasRole(Role.ANALYST)
				|| user.hasRole(Role.LIAISON);
	}

}
