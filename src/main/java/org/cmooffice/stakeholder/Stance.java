package org.cmooffice.stakeholder;

public enum Stance {

	SUPPORTIVE, NEUTRAL, OPPOSED

}
