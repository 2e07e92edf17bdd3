package org.cmooffice.stakeholder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cmooffice.account.Departments;
import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.persistence.StaleRecordException;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.web.Flash;
import org.cmooffice.shared.web.Pages;

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

/** The register's list, grid, stakeholder page and form. */
@Controller
@RequestMapping("/stakeholders")
class StakeholderController {

	private final Stakeholders stakeholders;

	private final Departments departments;

	private final Clock clock;

	StakeholderController(Stakeholders stakeholders, Departments departments, Clock clock) {
		this.stakeholders = stakeholders;
		this.departments = departments;
		this.clock = clock;
	}

	/** A form posting more departments than exist is refused, not obeyed. */
	@InitBinder("stakeholderForm")
	void limitRows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(200);
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") StakeholderFilter filter,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.stakeholders.search(user, filter, page, Pages.SIZE));
		addChoices(user, model);
		// Only the list filters by owner; the grid's filters leave it out.
		model.addAttribute("owners", readsAll(user) ? this.stakeholders.ownerChoices() : List.of());
		return "stakeholders/list";
	}

	@GetMapping("/grid")
	String grid(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") StakeholderFilter filter,
			Model model) {
		model.addAttribute("cells", this.stakeholders.grid(user, filter));
		addChoices(user, model);
		return "stakeholders/grid";
	}

	@GetMapping("/new")
	String newStakeholder(@AuthenticationPrincipal CurrentUser user, Model model) {
		StakeholderForm form = new StakeholderForm();
		form.setOwnerId(user.id());
		return form(model, form, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("stakeholderForm") StakeholderForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return form(model, form, null);
		}
		try {
			Stakeholder created = this.stakeholders.create(form.details(), form.getOwnerId());
			flash.addFlashAttribute("flash", Flash.success("stakeholder.flash.created", created.getName()));
			return "redirect:/stakeholders/" + created.getId();
		}
		catch (InputRejected ex) {
			ex.applyTo(errors);
			return form(model, form, null);
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Stakeholders.StakeholderPage page = this.stakeholders.page(user, id);
		Stakeholder stakeholder = page.stakeholder();
		model.addAttribute("stakeholder", stakeholder);
		model.addAttribute("log", page.log());
		model.addAttribute("sharedWith", page.sharedWith());
		model.addAttribute("isOffice", Stakeholders.isOffice(user));
		model.addAttribute("personal", Stakeholders.personalDetails(user, stakeholder).orElse(null));
		model.addAttribute("mayLog", Stakeholders.mayLogEngagements(user, stakeholder));
		model.addAttribute("pastRetention", stakeholder.isPastRetention(LocalDate.now(this.clock)));
		return "stakeholders/detail";
	}

	@GetMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model,
			RedirectAttributes flash) {
		Stakeholder stakeholder = this.stakeholders.get(user, id);
		if (stakeholder.isAnonymised()) {
			flash.addFlashAttribute("flash", Flash.warning("stakeholder.refused.anonymised"));
			return "redirect:/stakeholders/" + id;
		}
		return form(model, StakeholderForm.of(stakeholder), stakeholder);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("stakeholderForm") StakeholderForm form, BindingResult errors, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		Stakeholder stakeholder = this.stakeholders.get(user, id);
		if (errors.hasErrors()) {
			return form(model, form, stakeholder);
		}
		try {
			this.stakeholders.revise(id, form.getVersion(), form.details(), form.getOwnerId());
		}
		catch (InputRejected ex) {
			ex.applyTo(errors);
			return form(model, form, stakeholder);
		}
		catch (StaleRecordException | ObjectOptimisticLockingFailureException ex) {
			// Someone saved the record since this form was opened: the form comes back
			// with
			// what this user typed, and saving again replaces the other change knowingly.
			Stakeholder current = this.stakeholders.get(user, id);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			form.setVersion(current.getVersion());
			errors.reject("stakeholder.conflict");
			return form(model, form, current);
		}
		catch (StakeholderRefused ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
			return "redirect:/stakeholders/" + id;
		}
		flash.addFlashAttribute("flash", Flash.success("stakeholder.flash.saved", form.getName()));
		return "redirect:/stakeholders/" + id;
	}

	private String form(Model model, StakeholderForm form, Stakeholder stakeholder) {
		model.addAttribute("stakeholderForm", form);
		model.addAttribute("stakeholder", stakeholder);
		model.addAttribute("kinds", StakeholderKind.values());
		model.addAttribute("categories", StakeholderCategory.values());
		model.addAttribute("stances", Stance.values());
		model.addAttribute("owners", this.stakeholders.ownerChoices());
		model.addAttribute("departments", this.departments.active());
		return "stakeholders/form";
	}

	private void addChoices(CurrentUser user, Model model) {
		model.addAttribute("categories", StakeholderCategory.values());
		model.addAttribute("quadrants", Quadrant.values());
		model.addAttribute("stances", Stance.values());
		model.addAttribute("sorts", StakeholderSort.values());
		boolean readsAll = readsAll(user);
		model.addAttribute("readsAll", readsAll);
		model.addAttribute("isOffice", Stakeholders.isOffice(user));
		model.addAttribute("mayExport", readsAll);
		model.addAttribute("departments", readsAll ? this.departments.all() : List.of());
	}

	private static boolean readsAll(CurrentUser user) {
		return Stakeholders.isOffice(user) || user.hasRole(org.cmooffice.shared.security.Role.ANALYST);
	}

}
