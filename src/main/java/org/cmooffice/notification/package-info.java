/**
 * In-app notifications: what the areas tell a user (a plan submitted, a decision made, an
 * incident opened), kept until read, and the unread count in every page's header. Depends
 * on shared.
 */
package org.cmooffice.notification;
