/**
 * Brand guidelines: the brand book in numbered, immutable published editions with one
 * draft at a time; sections in Markdown, the colour palette with its contrast ratios, the
 * office's files, and the compliance checklist that campaign reviewers tick.
 */
package org.cmooffice.brand;
