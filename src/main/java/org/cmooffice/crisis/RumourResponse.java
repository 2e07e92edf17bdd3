package org.cmooffice.crisis;

/** Labels in the bundles as {@code crisis.RumourResponse.*}. */
public enum RumourResponse {

	STATEMENT, CORRECTION_REQUEST, FAQ_UPDATE, NONE

}
