/**
 * The stakeholder register: organisations and people with their place on the
 * power–interest grid, the engagement log, personal data kept and erased as Japan's APPI
 * requires, and CSV import and export.
 */
package org.cmooffice.stakeholder;
