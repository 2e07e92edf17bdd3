package org.cmooffice.crisis;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cmooffice.account.Department;
import org.cmooffice.account.Departments;
import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.persistence.StaleRecordException;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.Role;
import org.cmooffice.shared.web.Flash;
import org.cmooffice.stakeholder.StakeholderFilter;
import org.cmooffice.stakeholder.Stakeholders;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The incident list, the incident page and form, status moves, timeline and whom to tell.
 */
@Controller
@RequestMapping("/crisis")
class IncidentController {

	/** Stakeholders offered when the office looks for someone to inform. */
	static final int INFORMED_CANDIDATES = 10;

	private final Incidents incidents;

	private final HoldingStatements statements;

	private final Rumours rumours;

	private final Stakeholders stakeholders;

	private final Departments departments;

	IncidentController(Incidents incidents, HoldingStatements statements, Rumours rumours, Stakeholders stakeholders,
			Departments departments) {
		this.incidents = incidents;
		this.statements = statements;
		this.rumours = rumours;
		this.stakeholders = stakeholders;
		this.departments = departments;
	}

	@InitBinder("incidentForm")
	void limitRows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(200);
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) IncidentStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.incidents.search(user, status, page));
		model.addAttribute("status", status);
		model.addAttribute("statuses", IncidentStatus.values());
		model.addAttribute("isOffice", Incidents.isOffice(user));
		model.addAttribute("readsRumours", Incidents.isOffice(user) || user.hasRole(Role.ANALYST));
		return "crisis/list";
	}

	@GetMapping("/new")
	String newIncident(@AuthenticationPrincipal CurrentUser user, Model model) {
		IncidentForm form = new IncidentForm();
		form.setOwnerId(user.id());
		return form(model, form, null);
	}

	@PostMapping
	String open(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("incidentForm") IncidentForm form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return form(model, form, null);
		}
		try {
			Incident incident = this.incidents.open(user, form);
			flash.addFlashAttribute("flash", Flash.success("crisis.flash.opened", incident.getTitle()));
			return "redirect:/crisis/" + incident.getId();
		}
		catch (InputRejected ex) {
			ex.applyTo(errors);
			return form(model, form, null);
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "who", required = false) String who, Model model) {
		Incident incident = this.incidents.get(user, id);
		boolean office = Incidents.isOffice(user);
		model.addAttribute("incident", incident);
		model.addAttribute("isOffice", office);
		model.addAttribute("isCmo", user.hasRole(Role.CMO));
		model.addAttribute("mayNote", office || user.hasRole(Role.LIAISON));
		model.addAttribute("statement", this.statements.ofIncident(user, id).orElse(null));
		model.addAttribute("rumours", this.rumours.ofIncident(user, id));
		model.addAttribute("departmentsById", departmentsById());
		if (office) {
			model.addAttribute("informedNames", this.stakeholders.names(user,
					incident.getInformed().stream().map(InformedStakeholder::getStakeholderId).toList()));
			if (who != null && !who.isBlank()) {
				StakeholderFilter filter = new StakeholderFilter();
				filter.setQ(who);
				model.addAttribute("who", who);
				model.addAttribute("candidates",
						this.stakeholders.search(user, filter, 0, INFORMED_CANDIDATES).getContent());
			}
		}
		return "crisis/detail";
	}

	@GetMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Incident incident = this.incidents.get(user, id);
		return form(model, IncidentForm.of(incident), incident);
	}

	@PostMapping("/{id}")
	String revise(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("incidentForm") IncidentForm form, BindingResult errors, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		Incident incident = this.incidents.get(user, id);
		if (errors.hasErrors()) {
			return form(model, form, incident);
		}
		try {
			this.incidents.revise(id, form);
		}
		catch (InputRejected ex) {
			ex.applyTo(errors);
			return form(model, form, incident);
		}
		catch (StaleRecordException | ObjectOptimisticLockingFailureException ex) {
			// The incident changed since the form was opened: the form comes back with
			// what
			// was typed, and saving again replaces the other change knowingly.
			Incident current = this.incidents.get(user, id);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			form.setVersion(current.getVersion());
			errors.reject("crisis.conflict");
			return form(model, form, current);
		}
		flash.addFlashAttribute("flash", Flash.success("crisis.flash.saved", form.getTitle()));
		return "redirect:/crisis/" + id;
	}

	@PostMapping("/{id}/status")
	String move(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam IncidentStatus status, RedirectAttributes flash) {
		try {
			this.incidents.move(user, id, version, status);
			flash.addFlashAttribute("flash", Flash.success("crisis.flash.moved." + status));
		}
		catch (CrisisRefused ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
		}
		catch (StaleRecordException | ObjectOptimisticLockingFailureException ex) {
			flash.addFlashAttribute("flash", Flash.warning("crisis.conflict.move"));
		}
		return "redirect:/crisis/" + id;
	}

	@PostMapping("/{id}/timeline")
	String note(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String text, RedirectAttributes flash) {
		try {
			this.incidents.note(user, id, text);
			flash.addFlashAttribute("flash", Flash.success("crisis.flash.noted"));
		}
		catch (InputRejected ex) {
			flash.addFlashAttribute("noteError", ex.messageKey());
			flash.addFlashAttribute("noteText", text);
		}
		return "redirect:/crisis/" + id + "#timeline";
	}

	@PostMapping("/{id}/stakeholders")
	String inform(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long stakeholderId,
			RedirectAttributes flash) {
		this.stakeholders.get(user, stakeholderId);
		this.incidents.inform(id, stakeholderId);
		flash.addFlashAttribute("flash", Flash.success("crisis.flash.informListed"));
		return "redirect:/crisis/" + id + "#inform";
	}

	@PostMapping("/{id}/stakeholders/{stakeholderId}/notified")
	String notified(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long stakeholderId,
			RedirectAttributes flash) {
		try {
			this.incidents.notified(user, id, stakeholderId);
			flash.addFlashAttribute("flash", Flash.success("crisis.flash.notified"));
		}
		catch (CrisisRefused ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
		}
		return "redirect:/crisis/" + id + "#inform";
	}

	private String form(Model model, IncidentForm form, Incident incident) {
		model.addAttribute("incidentForm", form);
		model.addAttribute("incident", incident);
		model.addAttribute("scenarios", Scenario.values());
		java.util.List<org.cmooffice.account.User> owners = new java.util.ArrayList<>(this.incidents.owners());
		if (incident != null && !owners.contains(incident.getOwner())) {
			owners.add(incident.getOwner());
		}
		// Offered as the stakeholder forms offer owners: one type behind the same
		// template text.
		model.addAttribute("owners", owners.stream().map(org.cmooffice.account.UserChoice::of).toList());
		model.addAttribute("departments",
				this.departments.all()
					.stream()
					.filter((d) -> d.isActive() || (incident != null && incident.affects(d.getId())))
					.toList());
		return "crisis/form";
	}

	private Map<Long, Department> departmentsById() {
		return this.departments.all().stream().collect(Collectors.toMap(Department::getId, Function.identity()));
	}

}
