package org.cmooffice.brand;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A row of an edition (a section, a colour, a checklist item), kept in the order the
 * office wrote it. Rows of a published edition are never changed: a new draft copies
 * them.
 */
@MappedSuperclass
abstract class EditionPart {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "edition_id")
	private BrandEdition edition;

	@Column(nullable = false)
	private int position;

	protected EditionPart() {
	}

	EditionPart(BrandEdition edition, int position) {
		this.edition = edition;
		this.position = position;
	}

	public Long getId() {
		return this.id;
	}

	int getPosition() {
		return this.position;
	}

}
