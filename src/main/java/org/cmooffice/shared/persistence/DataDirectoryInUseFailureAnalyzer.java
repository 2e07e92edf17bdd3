package org.cmooffice.shared.persistence;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a second start over the same local database into one plain message instead of a
 * page of stack trace.
 */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<LocalPostgres.DataDirectoryInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, LocalPostgres.DataDirectoryInUseException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Stop the other CMO Office application (for example the one started earlier with"
						+ " 'mvn spring-boot:run'), or give this one its own directory with --cmo.local-db.directory.",
				cause);
	}

}
