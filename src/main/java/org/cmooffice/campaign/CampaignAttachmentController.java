package org.cmooffice.campaign;

import java.io.IOException;

import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.files.Downloads;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.web.Flash;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Uploading, downloading and removing a plan's attachments.
 */
@Controller
@RequestMapping("/campaigns/{id}/attachments")
class CampaignAttachmentController {

	private final CampaignAttachments attachments;

	CampaignAttachmentController(CampaignAttachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping
	String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash)
			throws IOException {
		try {
			byte[] content = (file != null) ? file.getBytes() : new byte[0];
			String name = (file != null) ? file.getOriginalFilename() : null;
			AttachmentInfo added = this.attachments.add(user, id, name, content);
			flash.addFlashAttribute("flash", Flash.success("campaign.attachment.added", added.filename()));
		}
		catch (InputRejected ex) {
			flash.addFlashAttribute("attachmentError", ex.messageKey());
		}
		catch (IllegalTransition ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
		}
		return "redirect:/campaigns/" + id + "#attachments";
	}

	/**
	 * Always as a download, never shown inline, and sandboxed should a browser try: an
	 * attachment is someone's file, not part of the application.
	 */
	@GetMapping("/{attachmentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long attachmentId) {
		CampaignAttachments.Download file = this.attachments.download(user, id, attachmentId);
		return Downloads.attachment(file.filename(), file.contentType(), file.content());
	}

	@PostMapping("/{attachmentId}/delete")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long attachmentId,
			RedirectAttributes flash) {
		try {
			this.attachments.remove(user, id, attachmentId);
			flash.addFlashAttribute("flash", Flash.success("campaign.attachment.removed"));
		}
		catch (IllegalTransition ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
		}
		return "redirect:/campaigns/" + id + "#attachments";
	}

}
