/**
 * Analytics: per fiscal year, the figures of every area aggregated in the database, each
 * drawn as a chart with its data table beside it and offered as CSV.
 */
package org.cmooffice.analytics;
