package org.cmooffice.shared.files;

/**
 * Cells of a CSV file that people open in a spreadsheet. A cell starting with =, +, -, @,
 * a tab or a carriage return would run as a formula (CSV injection): it is written with
 * an apostrophe in front, which spreadsheets show as text.
 */
public final class SpreadsheetCells {

	/** The byte-order mark that makes Excel read a CSV file as UTF-8. */
	public static final char BOM = '\uFEFF';

	private SpreadsheetCells() {
	}

	public static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + value : value;
	}

}
