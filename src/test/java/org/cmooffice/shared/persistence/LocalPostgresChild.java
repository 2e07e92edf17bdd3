package org.cmooffice.shared.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Stands in for an application that is killed while its database runs: started in its own
 * JVM by {@link LocalPostgresTests}, which kills it.
 */
public final class LocalPostgresChild {

	static final String READY = "LOCAL-POSTGRES-READY";

	private LocalPostgresChild() {
	}

	public static void main(String[] args) throws Exception {
		LocalPostgres postgres = LocalPostgres.start(Path.of(args[0]));
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl());
				Statement statement = connection.createStatement()) {
			statement.execute("create table kept (note text)");
			statement.execute("insert into kept values ('written before the kill')");
		}
		System.out.println(READY);
		System.out.flush();
		Thread.sleep(120_000);
	}

}
