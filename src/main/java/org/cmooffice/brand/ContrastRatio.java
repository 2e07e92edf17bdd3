package org.cmooffice.brand;

import java.util.regex.Pattern;

/**
 * The contrast ratio of two colours by the WCAG 2 formula: (L1 + 0.05) / (L2 + 0.05) of
 * their relative luminances. Text needs at least 4.5:1 (level AA), large text 3:1.
 */
final class ContrastRatio {

	static final double TEXT_MINIMUM = 4.5;

	static final String WHITE = "#FFFFFF";

	static final String BLACK = "#000000";

	private static final Pattern HEX = Pattern.compile("#[0-9A-F]{6}");

	private ContrastRatio() {
	}

	static boolean isHex(String colour) {
		return colour != null && HEX.matcher(colour).matches();
	}

	static double between(String first, String second) {
		double a = luminance(first);
		double b = luminance(second);
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	/** Rounded down to two places, so that 4.499 is never shown as passing 4.50. */
	static double shown(double ratio) {
		return Math.floor(ratio * 100) / 100;
	}

	private static double luminance(String colour) {
		if (!isHex(colour)) {
			throw new IllegalArgumentException("Not a colour: " + colour);
		}
		int rgb = Integer.parseInt(colour.substring(1), 16);
		return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
	}

	private static double channel(int value) {
		double c = (value & 0xFF) / 255.0;
		return (c <= 0.04045) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}
