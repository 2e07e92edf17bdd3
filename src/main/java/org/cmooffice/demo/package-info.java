/**
 * The large demo office of the local profile ({@code cmo.demo.size=large}): a big
 * ministry's ten years written straight into the tables with set-based SQL, for trying
 * the application and measuring it at scale. Depends on shared only; knows the other
 * areas by their tables, not their classes.
 */
package org.cmooffice.demo;
