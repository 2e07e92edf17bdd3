package org.cmooffice.crisis;

/** Labels in the bundles as {@code crisis.ResponseStatus.*}. */
public enum ResponseStatus {

	PLANNED, IN_PROGRESS, DONE

}
