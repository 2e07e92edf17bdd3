package org.cmooffice.crisis;

/** Labels in the bundles as {@code crisis.IncidentStatus.*}. */
public enum IncidentStatus {

	OPEN, MONITORING, RESOLVED

}
