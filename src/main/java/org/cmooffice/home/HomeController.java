package org.cmooffice.home;

import java.time.Clock;
import java.time.LocalDate;

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

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page shows each role its own panels; a panel's data is loaded only for the
 * roles that see it.
 */
@Controller
class HomeController {

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

	HomeController(Accounts accounts, Departments departments, AuditLog auditLog, Notifications notifications,
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

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, java.util.Locale locale, Model model) {
		FiscalYear year = FiscalYear.current(this.clock);
		model.addAttribute("fiscalYear", year.year());
		model.addAttribute("notifications",
				this.notifications.forUser(user, 0).stream().limit(RECENT_NOTIFICATIONS).toList());
		if (user.hasRole(Role.ADMIN)) {
			model.addAttribute("usersByRole", this.accounts.activeUsersByRole());
			model.addAttribute("activeUsers", this.accounts.activeUsers());
			model.addAttribute("departmentCount", this.departments.count());
			model.addAttribute("lockedUsers", this.accounts.lockedNow());
		}
		if (user.hasRole(Role.ADMIN) || user.hasRole(Role.CMO)) {
			model.addAttribute("auditEvents", this.auditLog.recent(RECENT_AUDIT_EVENTS));
		}
		if (hasBusinessRole(user)) {
			model.addAttribute("budgetUse", this.campaignPlans.budgetUse(user, year));
			model.addAttribute("planCounts", this.campaignPlans.countsByStatus(user, year));
			model.addAttribute("openIncidents", this.incidents.openCount(user));
		}
		if (user.hasRole(Role.CMO)) {
			model.addAttribute("awaitingCmo", this.campaignPlans.awaitingCmo());
			model.addAttribute("statementsAwaiting", this.statements.awaitingApproval());
		}
		if (user.hasRole(Role.CMO) || user.hasRole(Role.STAFF) || user.hasRole(Role.ANALYST)) {
			model.addAttribute("kpis", this.analytics.table("kpiAttainment", year, locale));
		}
		if (user.hasRole(Role.ANALYST)) {
			model.addAttribute("kpisLacking", this.strategies.kpisLackingMeasurements());
		}
		if (user.isOffice()) {
			model.addAttribute("evaluationsDue", this.campaignPlans.evaluationsDue());
		}
		if (user.hasRole(Role.CMO) || user.hasRole(Role.STAFF) || user.hasRole(Role.LIAISON)) {
			model.addAttribute("followUps", this.stakeholders.followUpsDue(user));
			model.addAttribute("today", LocalDate.now(this.clock));
		}
		return "home";
	}

	private static boolean hasBusinessRole(CurrentUser user) {
		return user.hasRole(Role.CMO) || user.hasRole(Role.STAFF) || user.hasRole(Role.ANALYST)
				|| user.hasRole(Role.LIAISON);
	}

}
