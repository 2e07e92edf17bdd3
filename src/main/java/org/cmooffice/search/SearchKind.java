package org.cmooffice.search;

/** The kinds of record the search looks in, in the order results are shown. */
public enum SearchKind {

	CAMPAIGN, STAKEHOLDER, BRAND, INCIDENT, RUMOUR, OBJECTIVE

}
