package org.cmooffice.strategy;

import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cmooffice.shared.FiscalYear;
import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.persistence.StaleRecordException;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.web.Flash;
import org.cmooffice.strategy.StrategyForms.StrategyForm;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The strategy list, the strategy form and the moves of activation and archiving. The
 * strategy's own page and its parts are in {@link StrategyPageController}.
 */
@Controller
@RequestMapping("/strategies")
class StrategyController {

	private final Strategies strategies;

	private final Clock clock;

	StrategyController(Strategies strategies, Clock clock) {
		this.strategies = strategies;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("strategies", this.strategies.visibleTo(user));
		model.addAttribute("mayCreate", Strategies.isOffice(user));
		return "strategies/list";
	}

	@GetMapping("/new")
	String newStrategy(Model model) {
		model.addAttribute("strategyForm", StrategyForm.forYear(FiscalYear.current(this.clock)));
		model.addAttribute("strategy", null);
		return "strategies/form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("strategyForm") StrategyForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (form.getPeriodStart() != null && form.getPeriodEnd() != null
				&& form.getPeriodEnd().isBefore(form.getPeriodStart())) {
			errors.rejectValue("periodEnd", "strategy.refused.periodEndBeforeStart");
		}
		if (errors.hasErrors()) {
			model.addAttribute("strategy", null);
			return "strategies/form";
		}
		Strategy strategy = this.strategies.create(form.getFiscalYear(), form.getTitle(), form.getVision(),
				form.getPeriodStart(), form.getPeriodEnd(), form.getOwnerName());
		flash.addFlashAttribute("flash", Flash.success("strategy.flash.created", strategy.getTitle()));
		return "redirect:/strategies/" + strategy.getId();
	}

	@GetMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model,
			RedirectAttributes flash) {
		Strategy strategy = this.strategies.get(user, id);
		if (strategy.getStatus() != StrategyStatus.DRAFT || !Strategies.isOffice(user)) {
			flash.addFlashAttribute("flash", Flash.warning("strategy.refused.notDraft"));
			return "redirect:/strategies/" + id;
		}
		model.addAttribute("strategyForm", StrategyForm.of(strategy));
		model.addAttribute("strategy", strategy);
		return "strategies/form";
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("strategyForm") StrategyForm form, BindingResult errors, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		Strategy strategy = this.strategies.get(user, id);
		if (form.getPeriodStart() != null && form.getPeriodEnd() != null
				&& form.getPeriodEnd().isBefore(form.getPeriodStart())) {
			errors.rejectValue("periodEnd", "strategy.refused.periodEndBeforeStart");
		}
		if (errors.hasErrors()) {
			model.addAttribute("strategy", strategy);
			return "strategies/form";
		}
		try {
			this.strategies.revise(id, form.getVersion(), form.getTitle(), form.getVision(), form.getPeriodStart(),
					form.getPeriodEnd(), form.getOwnerName());
		}
		catch (StrategyRefused ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
			return "redirect:/strategies/" + id;
		}
		catch (InputRejected ex) {
			ex.applyTo(errors);
			model.addAttribute("strategy", strategy);
			return "strategies/form";
		}
		catch (StaleRecordException | ObjectOptimisticLockingFailureException ex) {
			// Someone saved first; nothing of this user's was written. Their input comes
			// back with the current version, to compare and save again.
			Strategy current = this.strategies.get(user, id);
			form.setVersion(current.getVersion());
			model.addAttribute("strategy", current);
			model.addAttribute("conflict", true);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return "strategies/form";
		}
		flash.addFlashAttribute("flash", Flash.success("strategy.flash.saved", form.getTitle()));
		return "redirect:/strategies/" + id;
	}

	/**
	 * Puts the strategy in force. When another is in force for the same year, the CMO is
	 * shown which and asked to confirm that it will be archived.
	 */
	@PostMapping("/{id}/activate")
	String activate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean replace, Model model, RedirectAttributes flash) {
		try {
			Strategy strategy = this.strategies.activate(user, id, version, replace);
			flash.addFlashAttribute("flash", Flash.success("strategy.flash.activated", strategy.getTitle()));
		}
		catch (Strategies.ReplacementUnconfirmed ex) {
			model.addAttribute("strategy", this.strategies.get(user, id));
			model.addAttribute("current", ex.current());
			return "strategies/confirm-activation";
		}
		catch (StrategyRefused ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
		}
		return "redirect:/strategies/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
		try {
			Strategy strategy = this.strategies.archive(id, version);
			flash.addFlashAttribute("flash", Flash.success("strategy.flash.archived", strategy.getTitle()));
		}
		catch (StrategyRefused ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
		}
		return "redirect:/strategies/" + id;
	}

}
