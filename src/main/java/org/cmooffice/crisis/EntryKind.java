package org.cmooffice.crisis;

/** Labels in the bundles as {@code crisis.EntryKind.*}. */
public enum EntryKind {

	NOTE, STATUS, STATEMENT, OPENED

}
