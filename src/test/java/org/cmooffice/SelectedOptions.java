package org.cmooffice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page's select shows as chosen: the values of its options marked selected, as a
 * browser would submit them again.
 */
public final class SelectedOptions {

	private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");

	private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

	private SelectedOptions() {
	}

	/**
	 * The selected values of the select with this id; fails if the page has no such
	 * select.
	 */
	public static List<String> of(String html, String selectId) {
		Matcher option = OPTION.matcher(select(html, selectId).group(2));
		List<String> values = new ArrayList<>();
		while (option.find()) {
			String attributes = option.group(1);
			if (attributes.contains("selected=\"selected\"")) {
				Matcher value = VALUE.matcher(attributes);
				values.add(value.find() ? value.group(1) : "");
			}
		}
		return values;
	}

	/** The opening tag of the select with this id, for its attributes. */
	public static String tag(String html, String selectId) {
		return select(html, selectId).group(1);
	}

	/** The select's opening tag (group 1) and its options (group 2). */
	private static Matcher select(String html, String selectId) {
		Matcher select = Pattern
			.compile("(<select\\b[^>]*\\bid=\"" + Pattern.quote(selectId) + "\"[^>]*>)(.*?)</select>", Pattern.DOTALL)
			.matcher(html);
		if (!select.find()) {
			throw new AssertionError("No select with id " + selectId + " on the page");
		}
		return select;
	}

}
