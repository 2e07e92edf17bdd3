/**
 * The marketing strategy of each fiscal year: vision, objectives, their KPIs with
 * measurements over time, and target audiences. Depends on audit and shared; campaign
 * plans link to its objectives.
 */
package org.cmooffice.strategy;
