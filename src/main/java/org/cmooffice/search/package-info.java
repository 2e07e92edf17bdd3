/**
 * The global search: one box that finds campaign plans, stakeholders, brand guideline
 * chapters, incidents, rumours and strategy objectives, each only as its reader may see
 * it.
 */
package org.cmooffice.search;
