package org.cmooffice.crisis;

/** Labels in the bundles as {@code crisis.Scenario.*}. */
public enum Scenario {

	DISASTER, DATA_BREACH, PRODUCT_SAFETY, MISCONDUCT, MISINFORMATION

}
