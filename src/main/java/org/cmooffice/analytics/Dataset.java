package org.cmooffice.analytics;

import java.util.List;

/**
 * One table of figures: its columns (the first one labels the rows) and its rows as the
 * database returned them. A column with a message prefix holds codes shown through the
 * bundles (a status, a category); numeric columns are the chart's series.
 */
record Dataset(String key, String chartType, List<Column> columns, List<List<Object>> rows) {

	record Column(String titleKey, String messagePrefix, boolean numeric) {

		static Column label(String titleKey) {
			return new Column(titleKey, null, false);
		}

		static Column code(String titleKey, String messagePrefix) {
			return new Column(titleKey, messagePrefix, false);
		}

		static Column number(String titleKey) {
			return new Column(titleKey, null, true);
		}

	}

}
