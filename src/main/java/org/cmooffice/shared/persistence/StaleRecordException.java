package org.cmooffice.shared.persistence;

/**
 * The record changed since the user loaded it; shown as the conflict page (409).
 */
public class StaleRecordException extends RuntimeException {

	public StaleRecordException(String entity, Object id) {
		super(entity + " " + id + " was changed by someone else");
	}

}
