package org.cmooffice.stakeholder;

/** Blank form texts are stored as nothing, not as empty strings. */
final class Forms {

	private Forms() {
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	static String clean(String text) {
		return isBlank(text) ? null : text.strip();
	}

}
