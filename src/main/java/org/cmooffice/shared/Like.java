package org.cmooffice.shared;

import java.util.Locale;

/**
 * The words a user searches for as a SQL LIKE pattern: lower case, found anywhere, with
 * the pattern's own characters escaped (queries use {@code escape '\'}), so that "100%"
 * looks for a percent sign instead of matching everything.
 */
public final class Like {

	private Like() {
	}

	public static String containing(String words) {
		return "%"
				+ words.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
	}

}
