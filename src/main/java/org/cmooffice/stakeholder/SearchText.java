package org.cmooffice.stakeholder;

import java.text.Normalizer;
import java.util.Locale;

import org.cmooffice.shared.Like;

/**
 * How names are compared in search: full-width and half-width forms made one (NFKC),
 * lower case, hiragana as katakana. The stored search text and every query go through the
 * same steps, so "ｺｳｾｲ", "こうせい" and "コウセイ" find the same record.
 */
final class SearchText {

	private SearchText() {
	}

	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(folded.length());
		folded.codePoints().forEach((c) -> out.appendCodePoint((c >= 0x3041 && c <= 0x3096) ? c + 0x60 : c));
		return out.toString().strip();
	}

	/** Full-width katakana for any kana: the form a reading is kept and sorted in. */
	static String katakana(String kana) {
		String folded = Normalizer.normalize(kana, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(folded.length());
		folded.codePoints().forEach((c) -> out.appendCodePoint((c >= 0x3041 && c <= 0x3096) ? c + 0x60 : c));
		return out.toString().strip();
	}

	/** A LIKE pattern matching the text anywhere, with the pattern characters escaped. */
	static String containing(String query) {
		return Like.containing(normalise(query));
	}

}
