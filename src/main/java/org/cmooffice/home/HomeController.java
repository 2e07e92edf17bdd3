package org.cmooffice.home;

import java.time.Clock;
import java.time.LocalDate;

import org.cmooffice.account.Accounts;
import org.cmooffice.account.Departments;
import org.cmooffice.audit.AuditLog;
import org.cmooffice.campaign.CampaignPlans;
import org.cmooffice.notification.Notifications;
import org.cmooffice.shared.FiscalYear;
import org.cmooffice.stakeholder.Stakeholders;
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

	private final Clock clock;

	HomeController(Accounts accounts, Departments departments, AuditLog auditLog, Notifications notifications,
			CampaignPlans campaignPlans, Stakeholders stakeholders, Clock clock) {
		this.accounts = accounts;
		this.stakeholders = stakeholders;
		this.departments = departments;
		this.campaignPlans = campaignPlans;
		this.auditLog = auditLog;
		this.notifications = notifications;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		FiscalYear year = FiscalYear.current(this.clock);
		model.addAttribute("fiscalYear", year.year());
		model.addAttribute("notifications",
				this.notifications.forUser(user, 0).stream().limit(RECENT_NOTIFICATIONS).toList());
		if (user.hasRole(Role.ADMIN)) {
			model.addAttribute("usersByRole", this.accounts.activeUsersByRole());
			model.addAttribute("activeUsers", this.accounts.activeUsers());
			model.addAttribute("departmentCount", this.departments.count());
		}
		if (user.hasRole(Role.ADMIN) || user.hasRole(Role.CMO)) {
			model.addAttribute("auditEvents", this.auditLog.recent(RECENT_AUDIT_EVENTS));
		}
		if (hasBusinessRole(user)) {
			model.addAttribute("budgetUse", this.campaignPlans.budgetUse(user, year));
		}
		if (user.hasRole(Role.CMO) || user.hasRole(Role.STAFF)) {
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
