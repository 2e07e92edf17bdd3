package org.cmooffice.brand;

/**
 * The chapters of the brand book, in the order they are read; titles in the bundles as
 * {@code brand.section.*}.
 */
public enum BrandSection {

	LOGO, COLOURS, TYPOGRAPHY, TONE_OF_VOICE, IMAGERY, TEMPLATES, ACCESSIBILITY

}
