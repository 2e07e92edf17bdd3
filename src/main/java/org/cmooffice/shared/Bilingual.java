package org.cmooffice.shared;

import java.util.Locale;

/**
 * Names kept in both languages (departments, blackout periods): the reader's one,
 * Japanese unless they chose English.
 */
public final class Bilingual {

	private Bilingual() {
	}

	public static String pick(Locale locale, String japanese, String english) {
		return (locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) ? english : japanese;
	}

}
