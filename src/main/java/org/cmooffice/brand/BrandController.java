package org.cmooffice.brand;

import java.util.List;

import org.cmooffice.shared.files.Downloads;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.web.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reading the brand book: the edition in force, every earlier edition, the difference
 * between any two, and the files.
 */
@Controller
@RequestMapping("/brand")
class BrandController {

	private final BrandGuidelines guidelines;

	private final MarkdownPages markdown;

	BrandController(BrandGuidelines guidelines, MarkdownPages markdown) {
		this.guidelines = guidelines;
		this.markdown = markdown;
	}

	@GetMapping
	String current(@AuthenticationPrincipal CurrentUser user, Model model) {
		BrandEdition edition = this.guidelines.current().orElse(null);
		model.addAttribute("latest", (edition != null) ? edition.getNumber() : null);
		return show(user, edition, model);
	}

	@GetMapping("/versions/{number}")
	String edition(@AuthenticationPrincipal CurrentUser user, @PathVariable int number, Model model) {
		BrandEdition edition = this.guidelines.edition(number);
		model.addAttribute("latest", this.guidelines.current().map(BrandEdition::getNumber).orElse(null));
		return show(user, edition, model);
	}

	@GetMapping("/versions")
	String versions(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<BrandEdition> published = this.guidelines.published();
		model.addAttribute("editions", published);
		model.addAttribute("mayEdit", BrandGuidelines.isOffice(user));
		return "brand/versions";
	}

	/** Defaults to the edition in force against the one before it. */
	@GetMapping("/diff")
	String diff(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		List<BrandEdition> published = this.guidelines.published();
		model.addAttribute("editions", published);
		if (!published.isEmpty()) {
			int newer = (to != null) ? to : published.get(0).getNumber();
			int older = (from != null) ? from : Math.max(1, newer - 1);
			model.addAttribute("diff", this.guidelines.diff(older, newer));
		}
		model.addAttribute("mayEdit", BrandGuidelines.isOffice(user));
		return "brand/diff";
	}

	/** Always as a download; the browser is told not to run anything in it. */
	@GetMapping("/files/{id}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		BrandAssetStore.Download file = this.guidelines.download(user, id);
		return Downloads.attachment(file.filename(), file.contentType(), file.content());
	}

	/** PNG and JPEG only, for the previews in the file list. */
	@GetMapping("/files/{id}/preview")
	ResponseEntity<byte[]> preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		BrandAssetStore.Download file = this.guidelines.download(user, id);
		if (!file.isPreviewable()) {
			throw new NotFoundException("Preview of brand file", id);
		}
		return Downloads.inline(file.contentType(), file.content());
	}

	private String show(CurrentUser user, BrandEdition edition, Model model) {
		model.addAttribute("edition", edition);
		model.addAttribute("mayEdit", BrandGuidelines.isOffice(user));
		if (edition != null) {
			model.addAttribute("html", this.markdown.chapters(edition));
			model.addAttribute("files", this.guidelines.files(edition));
		}
		return "brand/edition";
	}

}
