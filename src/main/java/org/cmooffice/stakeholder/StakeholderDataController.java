package org.cmooffice.stakeholder;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVPrinter;

import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.web.Flash;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The register's data as files and the personal-data duties: CSV export and import, the
 * import template, anonymising, disclosure requests and records past retention.
 */
@Controller
@RequestMapping("/stakeholders")
class StakeholderDataController {

	private static final String CSV = "text/csv; charset=UTF-8";

	private final Stakeholders stakeholders;

	private final StakeholderImport importer;

	StakeholderDataController(Stakeholders stakeholders, StakeholderImport importer) {
		this.stakeholders = stakeholders;
		this.importer = importer;
	}

	/** The list's filters applied; personal contact data left out for analysts. */
	@GetMapping("/export")
	void export(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") StakeholderFilter filter,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		csvResponse(response, "stakeholders.csv");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try {
			this.stakeholders.export(user, filter, writer);
		}
		catch (ExportAllowance.Exceeded ex) {
			// Nothing was written yet: the list again, with its filters and the reason.
			// (A handler that writes the response itself saves its flash by hand.)
			response.reset();
			String query = request.getQueryString();
			String list = "/stakeholders" + ((query != null) ? "?" + query : "");
			RequestContextUtils.getOutputFlashMap(request)
				.put("flash", Flash.danger("stakeholder.export.allowanceExceeded", ex.left(), ex.perDay()));
			RequestContextUtils.saveOutputFlashMap(list, request, response);
			response.sendRedirect(request.getContextPath() + list);
			return;
		}
		writer.flush();
	}

	@GetMapping("/import/template.csv")
	void template(HttpServletResponse response) throws IOException {
		csvResponse(response, "stakeholders-template.csv");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		CSVPrinter printer = StakeholderCsv.printer(writer);
		printer.flush();
	}

	@GetMapping("/import")
	String importForm(Model model) {
		model.addAttribute("maxRows", StakeholderImport.MAX_ROWS);
		return "stakeholders/import";
	}

	@PostMapping("/import")
	String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes flash) throws IOException {
		byte[] content = (file != null) ? file.getBytes() : new byte[0];
		StakeholderImport.Result result = this.importer.importFile(content);
		if (result.isSuccess()) {
			flash.addFlashAttribute("flash", Flash.success("stakeholder.import.done", result.imported()));
			return "redirect:/stakeholders?sort=UPDATED";
		}
		model.addAttribute("maxRows", StakeholderImport.MAX_ROWS);
		model.addAttribute("result", result);
		return "stakeholders/import";
	}

	@PostMapping("/{id}/anonymise")
	String anonymise(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes flash) {
		try {
			this.stakeholders.anonymise(user, id, version);
			flash.addFlashAttribute("flash", Flash.success("stakeholder.flash.anonymised"));
		}
		catch (StakeholderRefused ex) {
			flash.addFlashAttribute("flash", Flash.danger(ex.messageKey()));
		}
		return "redirect:/stakeholders/" + id;
	}

	@GetMapping("/{id}/disclosure")
	String disclosure(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("disclosure", this.stakeholders.disclosure(user, id));
		return "stakeholders/disclosure";
	}

	/**
	 * The same answer as one CSV: a section per kind of data, each with its own header.
	 */
	@GetMapping("/{id}/disclosure.csv")
	void disclosureCsv(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpServletResponse response)
			throws IOException {
		Stakeholders.Disclosure disclosure = this.stakeholders.disclosure(user, id);
		csvResponse(response, "disclosure-" + id + ".csv");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		DisclosureCsv.write(writer, disclosure);
		writer.flush();
	}

	@GetMapping("/retention")
	String retention(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.stakeholders.pastRetention(page));
		return "stakeholders/retention";
	}

	private static void csvResponse(HttpServletResponse response, String filename) {
		response.setContentType(CSV);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
	}

}
