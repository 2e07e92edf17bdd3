/**
 * Administration: user accounts and their roles, departments and their budgets, and the
 * office-wide settings such as the delegated approval limit. ADMIN only. Depends on
 * account, audit and shared.
 */
package org.cmooffice.admin;
