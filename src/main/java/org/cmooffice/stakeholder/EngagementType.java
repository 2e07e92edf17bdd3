package org.cmooffice.stakeholder;

public enum EngagementType {

	MEETING, BRIEFING, CALL, EMAIL, EVENT, CONSULTATION, PRESS_ENQUIRY

}
