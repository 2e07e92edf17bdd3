package org.cmooffice.shared.persistence;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The local profile's database keeps what it was given: across restarts, with durable
 * writes, after the application was killed, and never shared by two applications.
 */
class LocalPostgresTests {

	@TempDir
	Path directory;

	@Test
	void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
		try (LocalPostgres postgres = LocalPostgres.start(this.directory)) {
			execute(postgres, "create table kept (note text)", "insert into kept values ('広報計画')");
		}
		try (LocalPostgres postgres = LocalPostgres.start(this.directory)) {
			assertThat(query(postgres, "select note from kept")).isEqualTo("広報計画");
		}
	}

	@Test
	void committedDataIsWrittenDurably() throws Exception {
		try (LocalPostgres postgres = LocalPostgres.start(this.directory)) {
			assertThat(query(postgres, "show fsync")).isEqualTo("on");
			assertThat(query(postgres, "show synchronous_commit")).isEqualTo("on");
			assertThat(query(postgres, "show full_page_writes")).isEqualTo("on");
		}
	}

	@Test
	void aSecondApplicationOnTheSameDataIsToldPlainly() {
		try (LocalPostgres first = LocalPostgres.start(this.directory)) {
			assertThatExceptionOfType(LocalPostgres.DataDirectoryInUseException.class)
				.isThrownBy(() -> LocalPostgres.start(this.directory))
				.withMessageContaining("in use by another running CMO Office application");
		}
	}

	@Test
	void aServerLeftRunningByAKilledApplicationIsStoppedAndTheDataKept() throws Exception {
		Process application = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
				LocalPostgresChild.class.getName(), this.directory.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			boolean ready = false;
			while ((line = output.readLine()) != null) {
				if (line.startsWith(LocalPostgresChild.READY)) {
					ready = true;
					break;
				}
			}
			assertThat(ready).as("the child application started its database").isTrue();
		}
		finally {
			// kill -9: the application dies, its PostgreSQL server lives on.
			application.destroyForcibly();
			application.waitFor(30, TimeUnit.SECONDS);
		}
		assertThat(this.directory.resolve("postmaster.pid")).exists();

		try (LocalPostgres postgres = LocalPostgres.start(this.directory)) {
			assertThat(query(postgres, "select note from kept")).isEqualTo("written before the kill");
		}
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString()
				+ (File.separatorChar == '\\' ? ".exe" : "");
	}

	private static void execute(LocalPostgres postgres, String... statements) throws Exception {
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl());
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static String query(LocalPostgres postgres, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl());
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

}
