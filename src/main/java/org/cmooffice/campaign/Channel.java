package org.cmooffice.campaign;

/**
 * The channels a campaign uses; labels in the bundles as {@code campaign.channel.*}.
 */
public enum Channel {

	PRESS_RELEASE, WEBSITE, SNS, EVENT, ADVERTISING, POSTER, PR_MAGAZINE, BRIEFING

}
