package org.cmooffice.crisis;

/** Labels in the bundles as {@code crisis.StatementStatus.*}. */
public enum StatementStatus {

	DRAFT, SUBMITTED, APPROVED, RETURNED

}
