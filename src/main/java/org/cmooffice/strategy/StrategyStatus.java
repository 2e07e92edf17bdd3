package org.cmooffice.strategy;

/**
 * Only drafts are edited; the CMO activates one strategy per fiscal year; an active one
 * is archived when it is replaced or closed.
 */
public enum StrategyStatus {

	DRAFT, ACTIVE, ARCHIVED

}
