package org.cmooffice.analytics;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

import org.cmooffice.analytics.Dataset.Column;
import org.cmooffice.shared.FiscalYear;
import org.cmooffice.shared.files.SpreadsheetCells;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analytics page's tables and charts, and their CSV files. Codes become words in the
 * reader's language; the chart draws exactly what the table says.
 */
@Service
public class Analytics {

	private final AnalyticsQueries queries;

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	Analytics(AnalyticsQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'ANALYST')")
	public List<AnalyticsTable> tables(FiscalYear year, Locale locale) {
		List<AnalyticsTable> tables = new ArrayList<>();
		for (String key : AnalyticsQueries.KEYS) {
			tables.add(table(this.queries.dataset(key, year, locale), locale));
		}
		return tables;
	}

	/**
	 * One dataset as CSV in UTF-8 with a byte-order mark, so a spreadsheet reads it
	 * right.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'ANALYST')")
	public void csv(String key, FiscalYear year, Locale locale, Writer writer) throws IOException {
		Dataset dataset = this.queries.dataset(key, year, locale);
		writer.write(SpreadsheetCells.BOM);
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
		List<String> headers = new ArrayList<>();
		dataset.columns().forEach((column) -> headers.add(text(column.titleKey(), locale)));
		csv.printRecord(headers);
		for (List<Object> row : dataset.rows()) {
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < row.size(); i++) {
				Object value = row.get(i);
				Column column = dataset.columns().get(i);
				cells.add(column.numeric() ? plain(value) : SpreadsheetCells.safe(label(column, value, locale)));
			}
			csv.printRecord(cells);
		}
		csv.flush();
	}

	/** One table, for a page that shows just it (the home page's KPI summary). */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CMO', 'STAFF', 'ANALYST')")
	public AnalyticsTable table(String key, FiscalYear year, Locale locale) {
		return table(this.queries.dataset(key, year, locale), locale);
	}

	static boolean isDataset(String key) {
		return AnalyticsQueries.KEYS.contains(key);
	}

	private AnalyticsTable table(Dataset dataset, Locale locale) {
		List<String> headers = new ArrayList<>();
		List<Boolean> numeric = new ArrayList<>();
		dataset.columns().forEach((column) -> {
			headers.add(text(column.titleKey(), locale));
			numeric.add(column.numeric());
		});
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		List<List<String>> rows = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		List<List<Object>> series = new ArrayList<>();
		for (int i = 1; i < dataset.columns().size(); i++) {
			series.add(new ArrayList<>());
		}
		for (List<Object> row : dataset.rows()) {
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < row.size(); i++) {
				Column column = dataset.columns().get(i);
				Object value = row.get(i);
				if (column.numeric()) {
					cells.add((value != null) ? format.format(value) : "—");
					series.get(i - 1).add(value);
				}
				else {
					cells.add(label(column, value, locale));
				}
			}
			labels.add(cells.get(0));
			rows.add(cells);
		}
		String title = text("analytics." + dataset.key(), locale);
		return new AnalyticsTable(dataset.key(), title, headers, numeric, rows,
				chart(dataset, title, headers, labels, series));
	}

	private String chart(Dataset dataset, String title, List<String> headers, List<String> labels,
			List<List<Object>> series) {
		List<Map<String, Object>> datasets = new ArrayList<>();
		for (int i = 0; i < series.size(); i++) {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("label", headers.get(i + 1));
			one.put("data", series.get(i).stream().map((v) -> (v instanceof Number n) ? n : null).toList());
			datasets.add(one);
		}
		Map<String, Object> spec = new LinkedHashMap<>();
		spec.put("type", dataset.chartType());
		spec.put("data", Map.of("labels", labels, "datasets", datasets));
		spec.put("options", Map.of("animation", false, "responsive", true, "maintainAspectRatio", false, "plugins",
				Map.of("title", Map.of("display", false, "text", title))));
		return this.json.writeValueAsString(spec);
	}

	private String label(Column column, Object value, Locale locale) {
		if (value == null) {
			return "";
		}
		return (column.messagePrefix() != null) ? text(column.messagePrefix() + value, locale) : value.toString();
	}

	private static String plain(Object value) {
		if (value == null) {
			return "";
		}
		return (value instanceof BigDecimal decimal) ? decimal.toPlainString() : value.toString();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
