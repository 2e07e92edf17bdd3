package org.cmooffice.stakeholder;

/**
 * An organisation, or a person (who may belong to one). Only people hold personal data.
 */
public enum StakeholderKind {

	ORGANISATION, PERSON

}
