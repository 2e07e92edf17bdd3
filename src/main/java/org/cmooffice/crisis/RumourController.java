package org.cmooffice.crisis;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.web.Flash;

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

/** The rumour list across incidents and on their own, and the rumour form. */
@Controller
@RequestMapping("/crisis/rumours")
class RumourController {

	private final Rumours rumours;

	private final Clock clock;

	RumourController(Rumours rumours, Clock clock) {
		this.rumours = rumours;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) FactCheck factCheck,
			@RequestParam(defaultValue = "false") boolean standalone, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("page", this.rumours.search(factCheck, standalone, page));
		model.addAttribute("factCheck", factCheck);
		model.addAttribute("standalone", standalone);
		model.addAttribute("factChecks", FactCheck.values());
		return "crisis/rumours";
	}

	@GetMapping("/new")
	String newRumour(@RequestParam(required = false) Long incidentId, Model model) {
		RumourForm form = new RumourForm();
		form.setIncidentId(incidentId);
		form.setFirstSeen(LocalDate.now(this.clock));
		return form(model, form, null);
	}

	@PostMapping
	String log(@Valid @ModelAttribute("rumourForm") RumourForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				Rumour rumour = this.rumours.log(form);
				flash.addFlashAttribute("flash", Flash.success("crisis.rumour.flash.logged"));
				return back(rumour);
			}
			catch (InputRejected ex) {
				ex.applyTo(errors);
			}
		}
		return form(model, form, null);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Rumour rumour = this.rumours.get(id);
		return form(model, RumourForm.of(rumour), rumour);
	}

	@PostMapping("/{id}")
	String revise(@PathVariable long id, @Valid @ModelAttribute("rumourForm") RumourForm form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				Rumour rumour = this.rumours.revise(id, form);
				flash.addFlashAttribute("flash", Flash.success("crisis.rumour.flash.saved"));
				return back(rumour);
			}
			catch (InputRejected ex) {
				ex.applyTo(errors);
			}
		}
		return form(model, form, this.rumours.get(id));
	}

	private String form(Model model, RumourForm form, Rumour rumour) {
		model.addAttribute("rumourForm", form);
		model.addAttribute("rumour", rumour);
		model.addAttribute("channels", RumourChannel.values());
		model.addAttribute("factChecks", FactCheck.values());
		model.addAttribute("responses", RumourResponse.values());
		model.addAttribute("responseStatuses", ResponseStatus.values());
		return "crisis/rumour-form";
	}

	private static String back(Rumour rumour) {
		return (rumour.getIncident() != null) ? "redirect:/crisis/" + rumour.getIncident().getId() + "#rumours"
				: "redirect:/crisis/rumours";
	}

}
