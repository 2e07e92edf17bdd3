package org.cmooffice.strategy;

/**
 * Whether a KPI improves by going up (awareness) or down (emergency transports).
 */
public enum KpiDirection {

	UP, DOWN

}
