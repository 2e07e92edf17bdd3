package org.cmooffice.brand;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The small forms of the draft page. */
final class BrandForms {

	private BrandForms() {
	}

	static class ColourForm {

		@NotBlank
		@Size(max = 100)
		private String name;

		@NotBlank
		@Pattern(regexp = "\\s*#?([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})\\s*")
		private String hex;

		@Size(max = 500)
		private String usage;

		/**
		 * Upper-case six-digit form with its #, as the database keeps it: "#0a5" is
		 * "#00AA55".
		 */
		String normalisedHex() {
			String digits = this.hex.strip().replace("#", "").toUpperCase(Locale.ROOT);
			if (digits.length() == 3) {
				digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1)
						+ digits.charAt(2) + digits.charAt(2);
			}
			return "#" + digits;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getHex() {
			return this.hex;
		}

		public void setHex(String hex) {
			this.hex = hex;
		}

		public String getUsage() {
			return this.usage;
		}

		public void setUsage(String usage) {
			this.usage = usage;
		}

	}

	static class CheckItemForm {

		@NotBlank
		@Size(max = 300)
		private String textJa;

		@NotBlank
		@Size(max = 300)
		private String textEn;

		public String getTextJa() {
			return this.textJa;
		}

		public void setTextJa(String textJa) {
			this.textJa = textJa;
		}

		public String getTextEn() {
			return this.textEn;
		}

		public void setTextEn(String textEn) {
			this.textEn = textEn;
		}

	}

}
