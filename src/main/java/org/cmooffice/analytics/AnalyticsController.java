package org.cmooffice.analytics;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.cmooffice.shared.FiscalYear;
import org.cmooffice.shared.web.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The analytics page of a fiscal year and the CSV of each of its tables. */
@Controller
@RequestMapping("/analytics")
class AnalyticsController {

	private final Analytics analytics;

	private final Clock clock;

	AnalyticsController(Analytics analytics, Clock clock) {
		this.analytics = analytics;
		this.clock = clock;
	}

	@GetMapping
	String page(@RequestParam(required = false) Integer fy, Locale locale, Model model) {
		FiscalYear year = year(fy);
		model.addAttribute("fy", year.year());
		model.addAttribute("years",
				IntStream
					.rangeClosed(FiscalYear.current(this.clock).year() - 5, FiscalYear.current(this.clock).year() + 1)
					.boxed()
					.sorted(java.util.Comparator.reverseOrder())
					.toList());
		model.addAttribute("tables", this.analytics.tables(year, locale));
		return "analytics/page";
	}

	@GetMapping("/{dataset}.csv")
	void csv(@PathVariable String dataset, @RequestParam(required = false) Integer fy, Locale locale,
			HttpServletResponse response) throws IOException {
		if (!Analytics.isDataset(dataset)) {
			throw new NotFoundException("Dataset", dataset);
		}
		FiscalYear year = year(fy);
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(dataset + "-FY" + year.year() + ".csv", StandardCharsets.UTF_8)
					.build()
					.toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		this.analytics.csv(dataset, year, locale, writer);
		writer.flush();
	}

	/**
	 * The year asked for, within the years the office can have data for; else this one.
	 */
	private FiscalYear year(Integer fy) {
		FiscalYear current = FiscalYear.current(this.clock);
		if (fy == null || fy < FiscalYear.FIRST || fy > current.year() + 1) {
			return current;
		}
		return new FiscalYear(fy);
	}

}
