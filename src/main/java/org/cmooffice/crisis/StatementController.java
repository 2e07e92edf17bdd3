package org.cmooffice.crisis;

import jakarta.validation.Valid;

import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.persistence.StaleRecordException;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.web.Flash;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Holding statements: an incident's statement on its page, and the library of pre-cleared
 * lines. The same moves for both: save the draft, submit, and the CMO's approve or
 * return.
 */
@Controller
class StatementController {

	private final HoldingStatements statements;

	StatementController(HoldingStatements statements) {
		this.statements = statements;
	}

	@PostMapping("/crisis/{id}/statement")
	String start(@PathVariable long id) {
		try {
			return "redirect:/crisis/statements/" + this.statements.start(id).getId() + "/edit";
		}
		catch (DataIntegrityViolationException ex) {
			// Started at the same moment by someone else (or a double click): open that
			// one.
			return "redirect:/crisis/" + id + "#statement";
		}
	}

	@GetMapping("/crisis/statements/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		HoldingStatement statement = this.statements.find(id);
		model.addAttribute("statement", statement);
		model.addAttribute("statementForm", StatementForm.of(statement));
		model.addAttribute("scenarios", Scenario.values());
		return "crisis/statement-form";
	}

	@PostMapping("/crisis/statements/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute("statementForm") StatementForm form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			model.addAttribute("statement", this.statements.find(id));
			model.addAttribute("scenarios", Scenario.values());
			return "crisis/statement-form";
		}
		try {
			HoldingStatement statement = this.statements.edit(id, form);
			flash.addFlashAttribute("flash", Flash.success("crisis.statement.flash.saved"));
			return back(statement);
		}
		catch (CrisisRefused ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
			return back(this.statements.find(id));
		}
	}

	@PostMapping("/crisis/statements/{id}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes flash) {
		return move(flash, id, "crisis.statement.flash.submitted", () -> this.statements.submit(user, id, version));
	}

	@PostMapping("/crisis/statements/{id}/approve")
	String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes flash) {
		return move(flash, id, "crisis.statement.flash.approved", () -> this.statements.approve(user, id, version));
	}

	@PostMapping("/crisis/statements/{id}/fast-track")
	String fastTrack(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes flash) {
		return move(flash, id, "crisis.statement.flash.approved",
				() -> this.statements.approveUnchangedLine(user, id, version));
	}

	@PostMapping("/crisis/statements/{id}/return")
	String returnIt(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
			RedirectAttributes flash) {
		try {
			this.statements.returnWith(id, version, reason);
			flash.addFlashAttribute("flash", Flash.success("crisis.statement.flash.returned"));
		}
		catch (InputRejected ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
		}
		catch (CrisisRefused ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
		}
		return back(this.statements.find(id));
	}

	@GetMapping("/crisis/library")
	String library(Model model) {
		model.addAttribute("lines", this.statements.library());
		return "crisis/library";
	}

	@GetMapping("/crisis/library/new")
	String newLine(Model model) {
		model.addAttribute("statement", null);
		model.addAttribute("statementForm", new StatementForm());
		model.addAttribute("scenarios", Scenario.values());
		return "crisis/statement-form";
	}

	@PostMapping("/crisis/library")
	String createLine(@Valid @ModelAttribute("statementForm") StatementForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				this.statements.createLine(form);
				flash.addFlashAttribute("flash", Flash.success("crisis.statement.flash.saved"));
				return "redirect:/crisis/library";
			}
			catch (InputRejected ex) {
				ex.applyTo(errors);
			}
		}
		model.addAttribute("statement", null);
		model.addAttribute("scenarios", Scenario.values());
		return "crisis/statement-form";
	}

	private String move(RedirectAttributes flash, long id, String doneKey, Runnable move) {
		try {
			move.run();
			flash.addFlashAttribute("flash", Flash.success(doneKey));
		}
		catch (CrisisRefused ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
		}
		catch (StaleRecordException | ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
			// Someone moved the statement first (or the button was pressed twice).
			flash.addFlashAttribute("flash", Flash.warning("crisis.conflict.move"));
		}
		return back(this.statements.find(id));
	}

	private static String back(HoldingStatement statement) {
		return (statement.getIncident() != null) ? "redirect:/crisis/" + statement.getIncident().getId() + "#statement"
				: "redirect:/crisis/library#line-" + statement.getId();
	}

}
