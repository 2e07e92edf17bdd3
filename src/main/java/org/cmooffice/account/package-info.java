/**
 * Users, departments and signing in: accounts with their roles, the department a liaison
 * is bound to, lockout after repeated failures, the password policy and password changes.
 * Depends on shared, audit and notification.
 */
package org.cmooffice.account;
