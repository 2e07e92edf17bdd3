/**
 * What every area stands on: the clock, the fiscal year, persistence base types, the
 * security configuration and the web layer's shared pieces. Depends on no feature area.
 */
package org.cmooffice.shared;
