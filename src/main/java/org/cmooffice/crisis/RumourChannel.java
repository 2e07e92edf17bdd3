package org.cmooffice.crisis;

/** Labels in the bundles as {@code crisis.RumourChannel.*}. */
public enum RumourChannel {

	SNS, NEWS, WEB_FORUM, WORD_OF_MOUTH, OTHER

}
