package org.cmooffice.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A deployment as an operator lives it, under the {@code prod} profile on PostgreSQL
 * servers of the test's own: the first start on an empty database (every migration from
 * V1, one administrator from the environment and no demo account), a start refused when a
 * migration already applied was changed, and a restore drill — the data files of a
 * stopped server copied to a new one, on which the application starts and every table has
 * the rows it had.
 */
class DeploymentTests {

	private static final String PASSWORD = "kumo-no-ue-no-sora-2026";

	private static final Map<String, Object> PRODUCTION = Map.of("CMO_TWO_FACTOR_KEY", "deployment-test-key",
			"CMO_ADMIN_USERNAME", "soumu.admin", "CMO_ADMIN_PASSWORD", PASSWORD);

	private EmbeddedPostgres postgres;

	private EmbeddedPostgres restored;

	private ConfigurableApplicationContext application;

	@AfterEach
	void stop() throws IOException {
		if (this.application != null) {
			this.application.close();
		}
		for (EmbeddedPostgres server : new EmbeddedPostgres[] { this.postgres, this.restored }) {
			if (server != null) {
				server.close();
			}
		}
	}

	@Test
	void theFirstStartMigratesAnEmptyDatabaseAndCreatesOnlyTheAdministratorNamedInTheEnvironment() throws Exception {
		this.postgres = Instances.postgres(fresh("target/deployment-postgres"), Instances.freePort());
		String url = this.postgres.getJdbcUrl("postgres", "postgres");

		assertThatThrownBy(() -> Instances.start("prod", url, Map.of("CMO_TWO_FACTOR_KEY", "deployment-test-key")))
			.as("no administrator named: the start is refused, not left without any way in")
			.hasStackTraceContaining("CMO_ADMIN_USERNAME and CMO_ADMIN_PASSWORD");

		this.application = Instances.start("prod", url, PRODUCTION);
		JdbcTemplate jdbc = this.application.getBean(JdbcTemplate.class);
		assertThat(
				jdbc.queryForObject("SELECT max(version::int) FROM flyway_schema_history WHERE success", Integer.class))
			.as("migrated from V1 to the newest migration")
			.isEqualTo(newestMigration());
		assertThat(jdbc.queryForList("SELECT username FROM app_user", String.class)).containsExactly("soumu.admin");
		assertThat(jdbc.queryForObject("SELECT must_change_password FROM app_user", Boolean.class))
			.as("the password passed through the environment works only until the first sign-in")
			.isTrue();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM campaign_plan", Integer.class)).isZero();

		Flyway flyway = this.application.getBean(Flyway.class);
		assertThat(flyway.getConfiguration().isCleanDisabled()).isTrue();
		assertThatThrownBy(flyway::clean).as("nothing can wipe the production schema").hasMessageContaining("clean");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user", Integer.class)).isOne();
	}

	@Test
	void aChangedMigrationStopsTheStartBeforeAnythingIsServed() throws Exception {
		this.postgres = Instances.postgres(fresh("target/deployment-postgres"), Instances.freePort());
		String url = this.postgres.getJdbcUrl("postgres", "postgres");
		this.application = Instances.start("prod", url, PRODUCTION);
		this.application.close();
		this.application = null;
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.executeUpdate("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '7'");
		}

		assertThatThrownBy(() -> Instances.start("prod", url, PRODUCTION)).hasStackTraceContaining("checksum mismatch")
			.hasStackTraceContaining("7");
	}

	@Test
	void aCopyOfTheDataFilesRestoredOnANewServerStartsWithEveryRow() throws Exception {
		Path original = fresh("target/deployment-postgres");
		this.postgres = Instances.postgres(original, Instances.freePort());
		this.application = Instances.start("prod", this.postgres.getJdbcUrl("postgres", "postgres"), PRODUCTION);
		Instances.staff(this.application, PASSWORD);
		Instances.user(this.application, PASSWORD, "ANALYST");
		Instances.Browser browser = new Instances.Browser();
		browser.signIn(Instances.port(this.application), "soumu.admin", "wrong password of the drill");
		this.application.close();
		this.application = null;
		Map<String, Long> before = rowCounts(this.postgres);
		assertThat(before).containsEntry("app_user", 3L);
		assertThat(before.get("audit_event")).isPositive();
		this.postgres.close();
		this.postgres = null;

		Path copy = fresh("target/restored-postgres");
		try (Stream<Path> files = Files.walk(original)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = copy.resolve(original.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else if (!file.getFileName().toString().equals("postmaster.pid")) {
					Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		// PostgreSQL refuses a data directory others may read.
		Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwx------"));
		this.restored = Instances.postgres(copy, Instances.freePort());
		assertThat(rowCounts(this.restored)).as("every table has the rows it had").isEqualTo(before);

		this.application = Instances.start("prod", this.restored.getJdbcUrl("postgres", "postgres"), PRODUCTION);
		JdbcTemplate jdbc = this.application.getBean(JdbcTemplate.class);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE NOT success", Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user", Integer.class))
			.as("the restored users are there, and no second first administrator was made")
			.isEqualTo(3);
	}

	private static Map<String, Long> rowCounts(EmbeddedPostgres server) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet tables = statement
				.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")) {
				while (tables.next()) {
					counts.put(tables.getString(1), null);
				}
			}
			for (String table : counts.keySet()) {
				try (ResultSet count = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
					count.next();
					counts.put(table, count.getLong(1));
				}
			}
		}
		return counts;
	}

	private static int newestMigration() throws IOException {
		int newest = 0;
		for (var migration : new PathMatchingResourcePatternResolver()
			.getResources("classpath:db/migration/V*__*.sql")) {
			String name = migration.getFilename();
			newest = Math.max(newest, Integer.parseInt(name.substring(1, name.indexOf("__"))));
		}
		return newest;
	}

	private static Path fresh(String directory) throws IOException {
		Path path = Path.of(directory).toAbsolutePath();
		FileSystemUtils.deleteRecursively(path);
		Files.createDirectories(path);
		return path;
	}

}
