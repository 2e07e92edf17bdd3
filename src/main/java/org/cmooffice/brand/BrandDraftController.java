package org.cmooffice.brand;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cmooffice.brand.BrandForms.CheckItemForm;
import org.cmooffice.brand.BrandForms.ColourForm;
import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.persistence.StaleRecordException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's draft of the next edition: sections, palette, checklist and files, and the
 * CMO's publishing of it. Each form carries the draft's version, so a change made from a
 * page someone else has since changed gets the conflict page instead of overwriting.
 */
@Controller
@RequestMapping("/brand/draft")
class BrandDraftController {

	private static final String DRAFT = "redirect:/brand/draft";

	private final BrandGuidelines guidelines;

	private final MarkdownPages markdown;

	BrandDraftController(BrandGuidelines guidelines, MarkdownPages markdown) {
		this.guidelines = guidelines;
		this.markdown = markdown;
	}

	@GetMapping
	String draft(Model model) {
		return page(model, new ColourForm(), new CheckItemForm());
	}

	@PostMapping
	String start(RedirectAttributes flash) {
		try {
			this.guidelines.startDraft();
		}
		catch (DataIntegrityViolationException ex) {
			// Someone started one at the same moment (or the button was pressed twice):
			// the one draft there is, is the one to edit.
		}
		flash.addFlashAttribute("flash", Flash.success("brand.flash.draftStarted"));
		return DRAFT;
	}

	@GetMapping("/sections/{section}")
	String editSection(@PathVariable BrandSection section, Model model, RedirectAttributes flash) {
		BrandEdition draft = this.guidelines.draft().orElse(null);
		if (draft == null) {
			flash.addFlashAttribute("flash", Flash.warning("brand.refused.noDraft"));
			return DRAFT;
		}
		model.addAttribute("section", section);
		model.addAttribute("body", draft.body(section));
		model.addAttribute("version", draft.getVersion());
		model.addAttribute("draftId", draft.getId());
		return "brand/section-form";
	}

	@PostMapping("/sections/{section}")
	String saveSection(@PathVariable BrandSection section, @RequestParam long draft, @RequestParam long version,
			@RequestParam(defaultValue = "") String body, Model model, RedirectAttributes flash,
			HttpServletResponse response) {
		try {
			this.guidelines.writeSection(draft, version, section, body);
		}
		catch (InputRejected ex) {
			model.addAttribute("section", section);
			model.addAttribute("body", body);
			model.addAttribute("version", version);
			model.addAttribute("draftId", draft);
			model.addAttribute("bodyError", ex.messageKey());
			return "brand/section-form";
		}
		catch (StaleRecordException | ObjectOptimisticLockingFailureException ex) {
			// The text typed is kept, with what the draft says now: the writer decides.
			BrandEdition current = this.guidelines.draft().orElse(null);
			if (current == null) {
				flash.addFlashAttribute("flash", Flash.danger("brand.refused.noDraft"));
				return DRAFT;
			}
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("section", section);
			model.addAttribute("body", body);
			model.addAttribute("version", current.getVersion());
			model.addAttribute("draftId", current.getId());
			model.addAttribute("currentBody", current.body(section));
			return "brand/section-form";
		}
		catch (BrandRefused ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
			return DRAFT;
		}
		flash.addFlashAttribute("flash", Flash.success("brand.flash.sectionSaved"));
		return DRAFT + "#section-" + section.name();
	}

	@PostMapping("/colours")
	String addColour(@RequestParam long draft, @RequestParam long version,
			@Valid @ModelAttribute("colourForm") ColourForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return page(model, form, new CheckItemForm());
		}
		return change(flash, "brand.flash.colourAdded", "#palette",
				() -> this.guidelines.addColour(draft, version, form.getName(), form.normalisedHex(), form.getUsage()));
	}

	@PostMapping("/colours/{id}/delete")
	String removeColour(@PathVariable long id, @RequestParam long draft, @RequestParam long version,
			RedirectAttributes flash) {
		return change(flash, "brand.flash.colourRemoved", "#palette",
				() -> this.guidelines.removeColour(draft, version, id));
	}

	@PostMapping("/checks")
	String addCheckItem(@RequestParam long draft, @RequestParam long version,
			@Valid @ModelAttribute("checkItemForm") CheckItemForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return page(model, new ColourForm(), form);
		}
		return change(flash, "brand.flash.itemAdded", "#checklist",
				() -> this.guidelines.addCheckItem(draft, version, form.getTextJa(), form.getTextEn()));
	}

	@PostMapping("/checks/{id}/delete")
	String removeCheckItem(@PathVariable long id, @RequestParam long draft, @RequestParam long version,
			RedirectAttributes flash) {
		return change(flash, "brand.flash.itemRemoved", "#checklist",
				() -> this.guidelines.removeCheckItem(draft, version, id));
	}

	@PostMapping("/files")
	String addFile(@AuthenticationPrincipal CurrentUser user, @RequestParam long draft, @RequestParam long version,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String description, RedirectAttributes flash) throws IOException {
		try {
			byte[] content = (file != null) ? file.getBytes() : new byte[0];
			String name = this.guidelines.addFile(user, draft, version,
					(file != null) ? file.getOriginalFilename() : null, content, description);
			flash.addFlashAttribute("flash", Flash.success("brand.flash.fileAdded", name));
		}
		catch (InputRejected ex) {
			flash.addFlashAttribute(ex.field().equals("description") ? "descriptionError" : "fileError",
					ex.messageKey());
			flash.addFlashAttribute("description", description);
		}
		catch (BrandRefused ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
		}
		return DRAFT + "#files";
	}

	@PostMapping("/files/{id}/delete")
	String removeFile(@PathVariable long id, @RequestParam long draft, @RequestParam long version,
			RedirectAttributes flash) {
		return change(flash, "brand.flash.fileRemoved", "#files", () -> this.guidelines.removeFile(draft, version, id));
	}

	@PostMapping("/discard")
	String discard(@RequestParam long draft, @RequestParam long version, RedirectAttributes flash) {
		try {
			this.guidelines.discardDraft(draft, version);
			flash.addFlashAttribute("flash", Flash.success("brand.flash.discarded"));
		}
		catch (BrandRefused ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
		}
		return "redirect:/brand";
	}

	@PostMapping("/publish")
	String publish(@AuthenticationPrincipal CurrentUser user, @RequestParam long draft, @RequestParam long version,
			@RequestParam(required = false) String changeNote, Model model, RedirectAttributes flash) {
		try {
			BrandEdition edition = this.guidelines.publish(user, draft, version, changeNote);
			flash.addFlashAttribute("flash", Flash.success("brand.flash.published", edition.getNumber()));
			return "redirect:/brand";
		}
		catch (InputRejected ex) {
			model.addAttribute("changeNote", changeNote);
			model.addAttribute("changeNoteError", ex.messageKey());
			return page(model, new ColourForm(), new CheckItemForm());
		}
		catch (BrandRefused ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
			return DRAFT;
		}
	}

	private String change(RedirectAttributes flash, String doneKey, String anchor, Runnable change) {
		try {
			change.run();
			flash.addFlashAttribute("flash", Flash.success(doneKey));
		}
		catch (BrandRefused ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
		}
		return DRAFT + anchor;
	}

	private String page(Model model, ColourForm colourForm, CheckItemForm checkItemForm) {
		BrandEdition draft = this.guidelines.draft().orElse(null);
		model.addAttribute("draft", draft);
		model.addAttribute("colourForm", colourForm);
		model.addAttribute("checkItemForm", checkItemForm);
		if (draft != null) {
			model.addAttribute("html", this.markdown.chapters(draft));
			model.addAttribute("files", this.guidelines.files(draft));
			model.addAttribute("changes", this.guidelines.draftChanges().orElse(null));
		}
		return "brand/draft";
	}

}
