package org.cmooffice.campaign;

/**
 * The brand compliance checklist a reviewer ticks before approving; labels in the bundles
 * as {@code campaign.check.*}. A fixed list until the brand guideline supplies its own.
 */
public enum BrandCheck {

	LOGO, COLOURS, TYPOGRAPHY, TONE_OF_VOICE, PLAIN_JAPANESE, ACCESSIBILITY, IMAGE_RIGHTS, PERSONAL_DATA

}
