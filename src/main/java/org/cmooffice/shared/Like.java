package org.cmooffice.shared;

import java.util.Locale;

/**
 * The words a user searches for as a SQL LIKE pattern: lower case, found anywhere or at
 * the beginning, with the pattern's own characters escaped (queries use
 * {@code escape '\'}), so that "100%" looks for a percent sign instead of matching
 * everything.
 */
public final class Like {

	private Like() {
	}

	/**
	 * The words when they are exactly two characters, the length trigram indexes cannot
	 * serve, for the queries' {@code contains_bigram} condition; otherwise null (no such
	 * condition).
	 */
	public static String pair(String words) {
		String lower = (words == null) ? "" : words.strip().toLowerCase(Locale.ROOT);
		return (lower.codePointCount(0, lower.length()) == 2) ? lower : null;
	}

	public static String containing(String words) {
		return "%" + escaped(words) + "%";
	}

	/** For texts that begin with the words, as the audit log's "who" does. */
	public static String beginningWith(String words) {
		return escaped(words) + "%";
	}

	private static String escaped(String words) {
		return words.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
