package org.cmooffice.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log, read-only for ADMIN and CMO: there is no way to change or remove an
 * entry.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

	/** The kinds of record the trail names, for the filter. */
	static final String[] ENTITY_TYPES = { "USER", "DEPARTMENT", "SETTINGS", "CAMPAIGN_PLAN", "BLACKOUT_PERIOD",
			"STRATEGY", "BRAND_GUIDELINE", "STAKEHOLDER", "CRISIS_INCIDENT", "HOLDING_STATEMENT", "RUMOUR" };

	private final AuditLog auditLog;

	AuditController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping
	String list(@ModelAttribute("query") AuditQuery query, BindingResult errors,
			@RequestParam(defaultValue = "0") int page, Model model) {
		// A filter that could not be read (a malformed date) is shown as an error and
		// ignored.
		model.addAttribute("events", this.auditLog.search(query, page));
		// Reading the trail is itself on the trail.
		this.auditLog.record(AuditAction.AUDIT_VIEWED, null, null, "page " + page);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("entityTypes", ENTITY_TYPES);
		return "admin/audit";
	}

}
