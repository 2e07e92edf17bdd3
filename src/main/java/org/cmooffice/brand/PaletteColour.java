package org.cmooffice.brand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A colour of the palette, with its contrast against white and black text backgrounds.
 */
@Entity
@Table(name = "brand_colour")
public class PaletteColour extends EditionPart {

	@Column(nullable = false, length = 100)
	private String name;

	@Column(nullable = false, length = 7)
	private String hex;

	@Column(length = 500)
	private String usage;

	protected PaletteColour() {
	}

	PaletteColour(BrandEdition edition, int position, String name, String hex, String usage) {
		super(edition, position);
		this.name = name;
		this.hex = hex;
		this.usage = usage;
	}

	public String getName() {
		return this.name;
	}

	public String getHex() {
		return this.hex;
	}

	public String getUsage() {
		return this.usage;
	}

	public double getContrastOnWhite() {
		return ContrastRatio.shown(ContrastRatio.between(this.hex, ContrastRatio.WHITE));
	}

	public double getContrastOnBlack() {
		return ContrastRatio.shown(ContrastRatio.between(this.hex, ContrastRatio.BLACK));
	}

	public boolean isTextSafeOnWhite() {
		return ContrastRatio.between(this.hex, ContrastRatio.WHITE) >= ContrastRatio.TEXT_MINIMUM;
	}

	public boolean isTextSafeOnBlack() {
		return ContrastRatio.between(this.hex, ContrastRatio.BLACK) >= ContrastRatio.TEXT_MINIMUM;
	}

	/** How the palette diff shows the colour: one line per colour. */
	String asLine() {
		return this.name + " " + this.hex + ((this.usage != null) ? " — " + this.usage : "");
	}

}
