package org.cmooffice.crisis;

import java.util.List;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;

import org.cmooffice.shared.persistence.EveryRequest;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.cmooffice.shared.security.SignInSteps;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the open serious incidents the signed-in user must keep in view into every page's
 * model; the layout shows them as a banner. The office sees all of them, a liaison those
 * that concern their department, others none. One indexed statement, a few rows at most,
 * on the connections of {@link EveryRequest}.
 */
@ControllerAdvice
class CrisisBanner {

	/** For the office: every open serious incident, the most serious and newest first. */
	private static final String FOR_THE_OFFICE = """
			select i.id, i.severity, i.title from crisis_incident i
			where i.status <> 'RESOLVED' and i.severity >= ?
			order by i.severity desc, i.opened_at desc, i.id desc limit 4
			""";

	/** For a liaison: those that concern their department. */
	private static final String FOR_A_DEPARTMENT = """
			select i.id, i.severity, i.title from crisis_incident i
			where i.status <> 'RESOLVED' and i.severity >= ?
			  and exists (select 1 from crisis_incident_department d where d.incident_id = i.id and d.department_id = ?)
			order by i.severity desc, i.opened_at desc, i.id desc limit 4
			""";

	private static final RowMapper<Alert> ALERT = (row, number) -> new Alert(row.getLong(1), row.getInt(2),
			row.getString(3));

	private final JdbcClient jdbc;

	CrisisBanner(@EveryRequest DataSource everyRequest) {
		this.jdbc = JdbcClient.create(everyRequest);
	}

	@ModelAttribute("crisisAlerts")
	List<Alert> crisisAlerts(HttpServletRequest request) {
		// Only pages are shown: a form post that redirects, or a file, needs no banner.
		if (!"GET".equals(request.getMethod())) {
			return List.of();
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!SignInSteps.fullySignedIn(authentication)) {
			return List.of();
		}
		CurrentUser user = (CurrentUser) authentication.getPrincipal();
		if (user.isOffice()) {
			return this.jdbc.sql(FOR_THE_OFFICE).param(Incident.ALERT_SEVERITY).query(ALERT).list();
		}
		if (user.hasRole(Role.LIAISON) && user.departmentId() != null) {
			return this.jdbc.sql(FOR_A_DEPARTMENT)
				.param(Incident.ALERT_SEVERITY)
				.param(user.departmentId())
				.query(ALERT)
				.list();
		}
		return List.of();
	}

	/** An incident as the banner names it: its severity and title, linking to it. */
	record Alert(long id, int severity, String title) {
	}

}
