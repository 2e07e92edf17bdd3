/**
 * The home page: what each role should see first. Each area contributes its panel through
 * its public service. Depends on every area it shows.
 */
package org.cmooffice.home;
