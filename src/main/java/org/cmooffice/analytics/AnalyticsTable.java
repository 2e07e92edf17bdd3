package org.cmooffice.analytics;

import java.util.List;

/**
 * A dataset as the page shows it: translated headers and cells, the numeric columns, and
 * the chart's specification for Chart.js as JSON (read by a script from the jar; no
 * inline script).
 */
public record AnalyticsTable(String key, String title, List<String> headers, List<Boolean> numeric,
		List<List<String>> rows, String chartJson) {

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

}
