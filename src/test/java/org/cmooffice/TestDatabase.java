package org.cmooffice;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One throw-away PostgreSQL for the whole test JVM, shared by every test class: the same
 * database engine as production, never H2, started once.
 */
public final class TestDatabase {

	private static EmbeddedPostgres postgres;

	private TestDatabase() {
	}

	public static synchronized String jdbcUrl() {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop));
		}
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	private static synchronized void stop() {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			// The JVM is ending; the server's files are temporary.
		}
	}

}
