/**
 * Crisis communication: incidents with their append-only timeline and the stakeholders to
 * inform, holding statements approved by the CMO (and a library of pre-cleared lines),
 * rumours and misinformation, and the banner that keeps a serious incident in view.
 */
package org.cmooffice.crisis;
