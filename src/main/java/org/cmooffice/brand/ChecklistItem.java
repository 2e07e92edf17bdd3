package org.cmooffice.brand;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.cmooffice.shared.Bilingual;

/**
 * An item of the brand compliance checklist. Its code stays the same from edition to
 * edition, so a reviewer's tick on a plan keeps its meaning when the wording is improved.
 */
@Entity
@Table(name = "brand_check_item")
public class ChecklistItem extends EditionPart {

	@Column(nullable = false, length = 30)
	private String code;

	@Column(name = "text_ja", nullable = false, length = 300)
	private String textJa;

	@Column(name = "text_en", nullable = false, length = 300)
	private String textEn;

	protected ChecklistItem() {
	}

	ChecklistItem(BrandEdition edition, int position, String code, String textJa, String textEn) {
		super(edition, position);
		this.code = code;
		this.textJa = textJa;
		this.textEn = textEn;
	}

	public String getCode() {
		return this.code;
	}

	public String getTextJa() {
		return this.textJa;
	}

	public String getTextEn() {
		return this.textEn;
	}

	public String text(Locale locale) {
		return Bilingual.pick(locale, this.textJa, this.textEn);
	}

	String asLine() {
		return this.textJa + " / " + this.textEn;
	}

}
