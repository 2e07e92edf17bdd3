/**
 * The append-only audit trail: every change of business data and every security event,
 * written in the same transaction as the change, and the audit log page. Depends on
 * shared.
 */
package org.cmooffice.audit;
