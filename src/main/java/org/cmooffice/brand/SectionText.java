package org.cmooffice.brand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** The Markdown body of one chapter of an edition. */
@Entity
@Table(name = "brand_section")
class SectionText extends EditionPart {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private BrandSection section;

	@Column(nullable = false)
	private String body;

	protected SectionText() {
	}

	SectionText(BrandEdition edition, BrandSection section, String body) {
		super(edition, section.ordinal());
		this.section = section;
		this.body = body;
	}

	BrandSection getSection() {
		return this.section;
	}

	String getBody() {
		return this.body;
	}

	void setBody(String body) {
		this.body = body;
	}

}
