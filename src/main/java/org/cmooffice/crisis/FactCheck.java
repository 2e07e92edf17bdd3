package org.cmooffice.crisis;

/** Labels in the bundles as {@code crisis.FactCheck.*}. */
public enum FactCheck {

	TRUE, FALSE, MISLEADING, UNVERIFIED

}
