/**
 * PR campaign plans: drafted and submitted by department liaisons, reviewed and decided
 * by the CMO office, with their budget, schedule, KPIs and timeline. Depends on account
 * (departments, who to notify), admin (the delegated approval limit), audit, notification
 * and shared.
 */
package org.cmooffice.campaign;
