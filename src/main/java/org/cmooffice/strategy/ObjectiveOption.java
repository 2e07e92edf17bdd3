package org.cmooffice.strategy;

/**
 * An objective of an active strategy, as the campaign form offers it.
 */
public record ObjectiveOption(long id, int fiscalYear, String strategyTitle, String title) {
}
